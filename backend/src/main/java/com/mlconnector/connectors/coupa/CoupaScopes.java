package com.mlconnector.connectors.coupa;

/** The OAuth2 scopes (names verbatim from Coupa's R39 specs) the connector's operations need. */
public final class CoupaScopes {

	public static final String INVOICE_READ = "core.invoice.read";

	/** Also needed to mark invoices exported and to record payments (both are {@code PUT /api/invoices/{id}}). */
	public static final String INVOICE_WRITE = "core.invoice.write";

	public static final String SUPPLIER_READ = "core.supplier.read";

	public static final String SUPPLIER_WRITE = "core.supplier.write";

	public static final String PURCHASE_ORDER_READ = "core.purchase_order.read";

	public static final String ACCOUNTING_READ = "core.accounting.read";

	private CoupaScopes() {
	}

}
