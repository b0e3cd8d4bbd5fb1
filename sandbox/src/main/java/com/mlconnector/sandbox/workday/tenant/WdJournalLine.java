package com.mlconnector.sandbox.workday.tenant;

import java.math.BigDecimal;

/** One journal line; amounts are zero when absent. */
public record WdJournalLine(String lineOrder, String accountSetId, String ledgerAccountId, BigDecimal debit,
		BigDecimal credit, String memo, String costCenterId) {
}
