package com.mlconnector.sandbox.coupa.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.mlconnector.sandbox.coupa.doc.Docs;
import com.mlconnector.sandbox.world.SupplierSeed;

import static com.mlconnector.sandbox.coupa.doc.Docs.doc;

/**
 * Derives invoice {@code id} from (seed, id) alone, so any invoice can be produced in any order
 * without keeping the others in memory. Shape: {@code InvoiceHeader} / {@code invoice-get-show.xml}.
 */
final class InvoiceFactory {

	/** The first invoices walk through every status so small worlds still show each one. */
	static final List<String> STATUSES = List.of("draft", "pending_approval", "approved", "voided", "disputed",
			"pending_receipt", "on_hold", "ap_hold", "booking_hold", "rejected", "abandoned", "new", "pending_action");

	private static final long SALT = 0x1A7L;

	private final CoupaCatalog catalog;

	private final List<SupplierSeed> suppliers;

	private final List<Map<String, Object>> orders;

	InvoiceFactory(CoupaCatalog catalog, List<SupplierSeed> coupaSuppliers, List<Map<String, Object>> orders) {
		this.catalog = catalog;
		this.suppliers = coupaSuppliers;
		this.orders = orders;
	}

	Map<String, Object> derive(long id) {
		Random random = this.catalog.world().random(SALT, id);
		String status = status(id, random);
		Map<String, Object> order = (id % 3 == 0) ? this.orders.get((int) ((id * 7) % this.orders.size())) : null;
		SupplierSeed supplier = (order != null) ? supplierOf(order) : this.suppliers.get(random.nextInt(this.suppliers.size()));
		int company = this.catalog.companyIndexForCurrency(supplier.currency());
		// 5 minutes apart: 100,000 invoices span about a year
		OffsetDateTime created = CoupaCatalog.BASE_TIME.plusMinutes(id * 5);
		OffsetDateTime updated = created.plusHours(random.nextInt(72));
		List<Object> lines = (order != null) ? poLines(id, order, created) : freeLines(id, random, company, created);
		Map<String, Object> user = user();
		Map<String, Object> invoice = doc("id", id, "created-at", created, "updated-at", updated, "invoice-number",
				String.format("INV-%07d", id), "invoice-date", created.truncatedTo(java.time.temporal.ChronoUnit.DAYS),
				"status", status, "document-type", "Invoice", "is-credit-note", false, "currency",
				CoupaCatalog.currency(supplier.currency()), "supplier", PurchaseOrderFactory.supplierRef(supplier),
				"payment-term", CoupaCatalog.paymentTerm(supplier.paymentTerms()), "remit-to-address",
				doc("id", SupplierFactory.id(supplier) * 10 + 1, "remit-to-code", "RT-" + supplier.supplierNumber()),
				"account-type", this.catalog.accountType(company), "line-level-taxation", false, "tax-rate",
				taxRate(supplier.currency()), "shipping-amount", BigDecimal.ZERO.setScale(2), "handling-amount",
				BigDecimal.ZERO.setScale(2), "misc-amount", BigDecimal.ZERO.setScale(2), "comments", null,
				"internal-note", null, "supplier-note", null, "exported", false, "last-exported-at", null, "paid", false,
				"payment-date", null, "payment-notes", null, "payments", new ArrayList<>(), "created-by", user,
				"updated-by", Docs.copy(user), "invoice-lines", lines);
		InvoiceTotals.recompute(invoice);
		if ("approved".equals(status) && random.nextInt(10) < 4) {
			pay(invoice, random, updated);
		}
		if (("approved".equals(status) || "voided".equals(status)) && id % 5 == 0) {
			invoice.put("exported", true);
			invoice.put("last-exported-at", updated.plusHours(1));
		}
		return invoice;
	}

	private static String status(long id, Random random) {
		if (id <= STATUSES.size()) {
			return STATUSES.get((int) id - 1);
		}
		int roll = random.nextInt(100);
		if (roll < 45) {
			return "approved";
		}
		if (roll < 60) {
			return "pending_approval";
		}
		if (roll < 70) {
			return "draft";
		}
		return STATUSES.get(3 + (roll % (STATUSES.size() - 3)));
	}

	private SupplierSeed supplierOf(Map<String, Object> order) {
		String number = (String) Docs.map(order.get("supplier")).get("number");
		return this.catalog.world().supplier(number).orElseThrow();
	}

	private List<Object> poLines(long id, Map<String, Object> order, OffsetDateTime created) {
		List<Object> lines = new ArrayList<>();
		for (Object item : Docs.list(order.get("order-lines"))) {
			Map<String, Object> orderLine = Docs.map(item);
			long num = lines.size() + 1;
			Map<String, Object> line = doc("id", id * 100 + num, "line-num", num, "type", "InvoiceQuantityLine");
			for (String key : List.of("description", "quantity", "price", "total", "uom", "commodity", "account")) {
				line.put(key, Docs.copy(orderLine.get(key)));
			}
			line.put("order-line-id", orderLine.get("id"));
			line.put("order-line-num", orderLine.get("line-num"));
			line.put("po-number", order.get("po-number"));
			line.put("order-header-num", order.get("po-number"));
			lines.add(finish(line, order.get("currency"), created));
		}
		return lines;
	}

	private List<Object> freeLines(long id, Random random, int company, OffsetDateTime created) {
		List<Object> lines = new ArrayList<>();
		int count = 1 + random.nextInt(4);
		Map<String, Object> currency = CoupaCatalog.currency(this.catalog.world().companies().get(company).currency());
		for (long num = 1; num <= count; num++) {
			Map<String, Object> line = doc("id", id * 100 + num, "line-num", num);
			line.putAll(LineFactory.line(this.catalog, random, company, "InvoiceQuantityLine"));
			lines.add(finish(line, currency, created));
		}
		return lines;
	}

	private static Map<String, Object> finish(Map<String, Object> line, Object currency, OffsetDateTime created) {
		line.put("status", "matched");
		line.put("accounting-total", line.get("total"));
		line.put("currency", Docs.copy(currency));
		line.put("created-at", created);
		line.put("updated-at", created);
		return line;
	}

	private static void pay(Map<String, Object> invoice, Random random, OffsetDateTime at) {
		BigDecimal total = (BigDecimal) invoice.get("total-with-taxes");
		long id = (Long) invoice.get("id");
		BigDecimal first = random.nextBoolean() ? total : total.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
		List<Object> payments = Docs.list(invoice.get("payments"));
		payments.add(Payments.payment(id * 100 + 1, id, first, "CHK-" + (10_000 + id), at.plusDays(10)));
		if (first.compareTo(total) < 0) {
			payments.add(Payments.payment(id * 100 + 2, id, total.subtract(first), "CHK-" + (20_000 + id),
					at.plusDays(20)));
		}
		Payments.applyPaidFlag(invoice, at.plusDays(20));
	}

	private static BigDecimal taxRate(String currency) {
		return switch (currency) {
			case "EUR" -> new BigDecimal("19.0");
			case "GBP" -> new BigDecimal("20.0");
			default -> new BigDecimal("8.25");
		};
	}

	private static Map<String, Object> user() {
		return doc("id", 10L, "login", "ap.clerk", "email", "ap.clerk@mlc-demo.example", "employee-number", null,
				"firstname", "Alex", "lastname", "Clerk");
	}

}
