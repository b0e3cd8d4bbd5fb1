package com.mlconnector.sandbox.coupa.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.mlconnector.sandbox.world.SupplierSeed;

import static com.mlconnector.sandbox.coupa.doc.Docs.doc;

/** Builds the purchase orders (shape of {@code purchase-orders-query-response.xml} and {@code OrderHeader}). */
final class PurchaseOrderFactory {

	static final int COUNT = 200;

	private static final long SALT = 0x90L;

	private PurchaseOrderFactory() {
	}

	static List<Map<String, Object>> build(CoupaCatalog catalog, List<SupplierSeed> coupaSuppliers) {
		List<Map<String, Object>> result = new ArrayList<>();
		for (int i = 1; i <= COUNT; i++) {
			result.add(order(catalog, catalog.world().random(SALT, i), i, coupaSuppliers));
		}
		return result;
	}

	private static Map<String, Object> order(CoupaCatalog catalog, Random random, long id,
			List<SupplierSeed> suppliers) {
		SupplierSeed supplier = suppliers.get(random.nextInt(suppliers.size()));
		int company = catalog.companyIndexForCurrency(supplier.currency());
		OffsetDateTime created = CoupaCatalog.BASE_TIME.minusDays(200).plusHours(id * 20);
		String poNumber = String.format("PO-%05d", id);
		int roll = random.nextInt(20);
		String status = (roll == 0) ? "cancelled" : (roll < 3) ? "closed" : "issued";
		List<Object> lines = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int n = 1; n <= count; n++) {
			Map<String, Object> line = doc("id", id * 100 + n, "line-num", String.valueOf(n));
			line.putAll(LineFactory.line(catalog, random, company, "OrderQuantityLine"));
			line.put("status", "issued".equals(status) ? "received" : status);
			line.put("need-by-date", created.plusDays(14));
			line.put("order-header-id", id);
			line.put("order-header-number", poNumber);
			line.put("currency", CoupaCatalog.currency(supplier.currency()));
			line.put("received", ((BigDecimal) line.get("quantity")).toPlainString());
			line.put("created-at", created);
			line.put("updated-at", created);
			lines.add(line);
		}
		return doc("id", id, "created-at", created, "updated-at", created, "po-number", poNumber, "status", status,
				"version", 1L, "type", "ExternalOrderHeader", "transmission-status", "sent_via_email",
				"acknowledged-flag", false, "exported", false, "last-exported-at", null, "payment-method", "invoice",
				"supplier", supplierRef(supplier), "currency", CoupaCatalog.currency(supplier.currency()),
				"payment-term", CoupaCatalog.paymentTerm(supplier.paymentTerms()), "order-lines", lines);
	}

	/** The short supplier form nested in transactions: id, name and number. */
	static Map<String, Object> supplierRef(SupplierSeed supplier) {
		return doc("id", SupplierFactory.id(supplier), "name", supplier.name(), "number", supplier.supplierNumber());
	}

}
