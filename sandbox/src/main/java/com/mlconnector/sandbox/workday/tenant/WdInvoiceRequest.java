package com.mlconnector.sandbox.workday.tenant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier invoice request, the pre-invoice document of the REST accountsPayable v1 API (AP1). Status is
 * {@code Draft} or {@code Submitted}.
 */
public record WdInvoiceRequest(String id, String requestNumber, String companyId, String supplierId, String currency,
		LocalDate invoiceDate, String suppliersInvoiceNumber, BigDecimal controlTotalAmount, String memo, String status,
		List<Line> lines) {

	/** One request line. */
	public record Line(String id, String order, String itemDescription, String spendCategoryId, BigDecimal quantity,
			BigDecimal unitCost, BigDecimal extendedAmount, String memo) {
	}

	public WdInvoiceRequest submitted() {
		return new WdInvoiceRequest(this.id, this.requestNumber, this.companyId, this.supplierId, this.currency,
				this.invoiceDate, this.suppliersInvoiceNumber, this.controlTotalAmount, this.memo, "Submitted",
				this.lines);
	}

}
