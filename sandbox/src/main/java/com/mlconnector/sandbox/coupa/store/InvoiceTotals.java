package com.mlconnector.sandbox.coupa.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import com.mlconnector.sandbox.coupa.doc.DocValues;
import com.mlconnector.sandbox.coupa.doc.Docs;

/**
 * Recomputes the read-only header totals from the lines. The spec has no {@code total} on the header,
 * only {@code gross-total}, {@code total-with-taxes}, {@code amount-due} etc. (NOTES §3.1).
 */
final class InvoiceTotals {

	private InvoiceTotals() {
	}

	static void recompute(Map<String, Object> invoice) {
		BigDecimal net = BigDecimal.ZERO.setScale(2);
		List<Object> lines = Docs.list(invoice.get("invoice-lines"));
		if (lines != null) {
			for (Object item : lines) {
				Map<String, Object> line = Docs.map(item);
				BigDecimal quantity = DocValues.decimal(line.get("quantity"));
				BigDecimal price = DocValues.decimal(line.get("price"));
				BigDecimal total = (price == null) ? BigDecimal.ZERO
						: price.multiply((quantity != null) ? quantity : BigDecimal.ONE);
				total = total.setScale(2, RoundingMode.HALF_UP);
				line.put("total", total);
				line.put("accounting-total", total);
				net = net.add(total);
			}
			invoice.put("line-count", (long) lines.size());
		}
		BigDecimal extras = sum(invoice, "shipping-amount", "handling-amount", "misc-amount");
		BigDecimal gross = net.add(extras);
		BigDecimal rate = DocValues.decimal(invoice.get("tax-rate"));
		BigDecimal tax = DocValues.decimal(invoice.get("tax-amount"));
		if (tax == null || invoice.get("tax-amount-engine") != null) {
			tax = (rate == null) ? BigDecimal.ZERO.setScale(2)
					: net.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
			invoice.put("tax-amount-engine", tax);
		}
		invoice.put("tax-amount", tax);
		invoice.put("gross-total", gross);
		invoice.put("total-with-taxes", gross.add(tax));
		BigDecimal paid = Payments.totalPaid(invoice);
		invoice.put("amount-due", gross.add(tax).subtract(paid).max(BigDecimal.ZERO.setScale(2)));
	}

	private static BigDecimal sum(Map<String, Object> invoice, String... keys) {
		BigDecimal sum = BigDecimal.ZERO.setScale(2);
		for (String key : keys) {
			BigDecimal value = DocValues.decimal(invoice.get(key));
			if (value != null) {
				sum = sum.add(value);
			}
		}
		return sum;
	}

}
