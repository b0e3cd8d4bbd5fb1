package com.mlconnector.sandbox.coupa.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mlconnector.sandbox.coupa.doc.DocValues;
import com.mlconnector.sandbox.coupa.doc.Docs;

import static com.mlconnector.sandbox.coupa.doc.Docs.doc;

/**
 * Invoice payments (ERP → Coupa): there is no payments endpoint; a {@code PUT /api/invoices/{id}} with
 * a {@code payments} element appends them (NOTES §3.2, samples {@code invoice-payment-put-*}).
 */
final class Payments {

	private Payments() {
	}

	static Map<String, Object> payment(long id, long invoiceId, BigDecimal amount, String checkNumber,
			OffsetDateTime date) {
		return doc("id", id, "created-at", date, "updated-at", date, "amount-paid", amount, "check-number",
				checkNumber, "notes", null, "payment-date", date, "payable-type", "InvoiceHeader", "payable-id",
				invoiceId);
	}

	/**
	 * The incoming payments, whatever of the documented shapes was sent: {@code {"payment": {..}}},
	 * {@code {"payment": [..]}}, a bare array, or XML {@code <payments><payment>}.
	 */
	static List<Map<String, Object>> incoming(Object value) {
		List<Map<String, Object>> result = new ArrayList<>();
		Map<String, Object> wrapper = Docs.map(value);
		Object items = (wrapper != null && wrapper.containsKey("payment")) ? wrapper.get("payment") : value;
		if (Docs.map(items) != null) {
			result.add(Docs.map(items));
		}
		else if (Docs.list(items) != null) {
			Docs.list(items).forEach((item) -> {
				if (Docs.map(item) != null) {
					result.add(Docs.map(item));
				}
			});
		}
		return result;
	}

	/** Appends incoming payments; returns a validation message, or null when they are fine. */
	static String append(Map<String, Object> invoice, Object value, long firstId, OffsetDateTime now) {
		List<Object> payments = Docs.list(invoice.computeIfAbsent("payments", (k) -> new ArrayList<>()));
		long id = firstId;
		for (Map<String, Object> in : incoming(value)) {
			BigDecimal amount = DocValues.decimal(in.get("amount-paid"));
			if (amount == null) {
				return "Amount paid is not a number";
			}
			OffsetDateTime date = DocValues.dateTime(in.get("payment-date"));
			Map<String, Object> payment = payment(id++, (Long) invoice.get("id"), amount,
					DocValues.string(in.get("check-number")), (date != null) ? date : now);
			payment.put("notes", DocValues.string(in.get("notes")));
			payment.put("created-at", now);
			payment.put("updated-at", now);
			payments.add(payment);
		}
		return null;
	}

	static BigDecimal totalPaid(Map<String, Object> invoice) {
		BigDecimal sum = BigDecimal.ZERO.setScale(2);
		List<Object> payments = Docs.list(invoice.get("payments"));
		if (payments != null) {
			for (Object item : payments) {
				BigDecimal amount = DocValues.decimal(Docs.map(item).get("amount-paid"));
				sum = sum.add((amount != null) ? amount : BigDecimal.ZERO);
			}
		}
		return sum;
	}

	/** Marks the invoice paid once payments cover it, and refreshes {@code amount-due}. */
	static void applyPaidFlag(Map<String, Object> invoice, OffsetDateTime date) {
		BigDecimal total = (BigDecimal) invoice.get("total-with-taxes");
		BigDecimal paid = totalPaid(invoice);
		invoice.put("amount-due", total.subtract(paid).max(BigDecimal.ZERO.setScale(2)));
		if (paid.compareTo(total) >= 0 && !Boolean.TRUE.equals(invoice.get("paid"))) {
			invoice.put("paid", true);
			invoice.put("payment-date", date);
		}
	}

}
