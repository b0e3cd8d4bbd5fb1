package com.mlconnector.sandbox.coupa.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.mlconnector.sandbox.coupa.doc.Docs.doc;

/** Common parts of PO lines and invoice lines: what was bought, how much, and where it is booked. */
final class LineFactory {

	private static final List<String> ITEMS = List.of("Laptop 14in", "Software licence (annual)", "Printer paper A4",
			"Consulting day", "Flight and hotel", "Office cleaning (monthly)", "Trade fair booth", "Courier shipment");

	private LineFactory() {
	}

	/** A line body: type, description, quantity, price, total, uom, commodity and account. */
	static Map<String, Object> line(CoupaCatalog catalog, Random random, int companyIndex, String type) {
		int category = random.nextInt(catalog.world().spendCategories().size());
		// each spend category books to "its" expense account, so Workday sees consistent coding
		int ledger = Math.min(category, catalog.world().expenseAccounts().size() - 1);
		int center = random.nextInt(catalog.world().costCenters().size() - 1);
		BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(10)).setScale(1);
		BigDecimal price = CoupaCatalog.money(1000 + random.nextInt(200_000));
		return doc("type", type, "description", ITEMS.get(category), "quantity", quantity, "price", price, "total",
				quantity.multiply(price).setScale(2, RoundingMode.HALF_UP), "uom", CoupaCatalog.uom(), "commodity",
				catalog.commodity(category), "account", catalog.account(companyIndex, ledger, center));
	}

}
