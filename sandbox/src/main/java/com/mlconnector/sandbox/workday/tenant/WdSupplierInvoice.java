package com.mlconnector.sandbox.workday.tenant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier invoice. {@code supplierInvoiceId} is the caller's reference ID ({@code Supplier_Invoice_ID}, unique in
 * the tenant), {@code invoiceNumber} Workday's own sequence number, {@code suppliersInvoiceNumber} the supplier's
 * number (unique per supplier).
 */
public record WdSupplierInvoice(String wid, String supplierInvoiceId, String invoiceNumber, String companyId,
		String currency, String supplierId, LocalDate invoiceDate, LocalDate dueDate, BigDecimal controlTotal,
		BigDecimal taxAmount, String suppliersInvoiceNumber, String memo, InvoiceStatus status,
		List<WdInvoiceLine> lines, Instant updatedAt) {

	public WdSupplierInvoice withStatus(InvoiceStatus newStatus, Instant at) {
		return new WdSupplierInvoice(this.wid, this.supplierInvoiceId, this.invoiceNumber, this.companyId,
				this.currency, this.supplierId, this.invoiceDate, this.dueDate, this.controlTotal, this.taxAmount,
				this.suppliersInvoiceNumber, this.memo, newStatus, this.lines, at);
	}

}
