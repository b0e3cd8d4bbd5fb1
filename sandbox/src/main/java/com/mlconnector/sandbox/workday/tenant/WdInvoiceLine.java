package com.mlconnector.sandbox.workday.tenant;

import java.math.BigDecimal;

/** One supplier invoice line; the cost center travels as a Cost_Center_Reference_ID worktag. */
public record WdInvoiceLine(String lineOrder, String description, String spendCategoryId, BigDecimal quantity,
		BigDecimal unitCost, BigDecimal extendedAmount, String memo, String costCenterId) {
}
