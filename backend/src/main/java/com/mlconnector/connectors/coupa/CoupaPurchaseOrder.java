package com.mlconnector.connectors.coupa;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A Coupa purchase order ({@code /api/purchase_orders}) with its lines, for PO-backed invoice mapping. */
public record CoupaPurchaseOrder(Long id, String poNumber, String status, String type, Boolean exported,
		CoupaRef supplier, CoupaRef currency, CoupaRef paymentTerm, List<Line> orderLines, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

	public CoupaPurchaseOrder {
		orderLines = (orderLines != null) ? List.copyOf(orderLines) : List.of();
	}

	/** An order line ({@code line-num} is a string in Coupa's order lines). */
	public record Line(Long id, String lineNum, String type, String description, BigDecimal quantity,
			BigDecimal price, BigDecimal total, BigDecimal received, CoupaRef commodity, CoupaAccount account,
			String status) {

	}

}
