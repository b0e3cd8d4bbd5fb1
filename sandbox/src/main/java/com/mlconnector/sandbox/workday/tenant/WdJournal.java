package com.mlconnector.sandbox.workday.tenant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An accounting journal; status is Draft, In Progress or Posted (posted journals are immutable, FM30). */
public record WdJournal(String wid, String journalId, String journalNumber, String companyId, String currency,
		String ledgerType, LocalDate accountingDate, String journalSource, String memo, String status,
		BigDecimal controlTotal, List<WdJournalLine> lines, Instant updatedAt) {

	public static final String POSTED = "Posted";

}
