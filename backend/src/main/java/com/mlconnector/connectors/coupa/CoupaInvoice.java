package com.mlconnector.connectors.coupa;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A Coupa invoice ({@code /api/invoices}) with the fields the posting, payment and reconciliation flows use.
 * Fields left out by a {@code fields=[...]} projection are {@code null}; lists are then empty.
 */
public record CoupaInvoice(Long id, String invoiceNumber, OffsetDateTime invoiceDate, String status,
		String documentType, Boolean isCreditNote, CoupaRef currency, CoupaRef supplier, CoupaRef paymentTerm,
		CoupaRef accountType, Boolean exported, OffsetDateTime lastExportedAt, Boolean paid,
		OffsetDateTime paymentDate, BigDecimal grossTotal, BigDecimal totalWithTaxes, BigDecimal taxAmount,
		BigDecimal amountDue, List<Line> invoiceLines, List<Payment> payments, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

	public CoupaInvoice {
		invoiceLines = (invoiceLines != null) ? List.copyOf(invoiceLines) : List.of();
		payments = (payments != null) ? List.copyOf(payments) : List.of();
	}

	/** An invoice line; PO-backed lines carry {@code orderLineId} and {@code poNumber}. */
	public record Line(Long id, Integer lineNum, String type, String description, BigDecimal quantity,
			BigDecimal price, BigDecimal total, BigDecimal accountingTotal, CoupaRef uom, CoupaRef commodity,
			CoupaAccount account, CoupaRef currency, Long orderLineId, String orderLineNum, String poNumber,
			String status) {

	}

	/** A payment recorded against the invoice. */
	public record Payment(Long id, BigDecimal amountPaid, String checkNumber, String notes,
			OffsetDateTime paymentDate) {

	}

}
