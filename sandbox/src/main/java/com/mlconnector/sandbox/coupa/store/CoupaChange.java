package com.mlconnector.sandbox.coupa.store;

import java.util.Map;

/**
 * Published (as a Spring application event) when something a subscriber may care about changed:
 * an invoice status, a supplier, or a payment on an invoice.
 *
 * @param kind what happened
 * @param resource {@code invoices} or {@code suppliers}
 * @param id record id
 * @param document a copy of the record after the change
 */
public record CoupaChange(Kind kind, String resource, long id, Map<String, Object> document) {

	public enum Kind {

		INVOICE_STATUS, INVOICE_PAYMENT, SUPPLIER

	}

}
