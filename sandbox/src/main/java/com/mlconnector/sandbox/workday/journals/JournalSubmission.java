package com.mlconnector.sandbox.workday.journals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mlconnector.sandbox.workday.soap.Dom;
import com.mlconnector.sandbox.workday.soap.Refs;
import com.mlconnector.sandbox.workday.soap.SoapFault;
import com.mlconnector.sandbox.workday.soap.ValidationError;
import com.mlconnector.sandbox.workday.tenant.TenantData;
import com.mlconnector.sandbox.workday.tenant.WdCostCenter;
import com.mlconnector.sandbox.workday.tenant.WdJournal;
import com.mlconnector.sandbox.workday.tenant.WdJournalLine;
import com.mlconnector.sandbox.workday.tenant.Wids;
import com.mlconnector.sandbox.world.Company;
import com.mlconnector.sandbox.world.LedgerAccount;

import org.w3c.dom.Element;

/** Validates one Submit_Accounting_Journal_Request and saves it; runs under the tenant lock. All texts: FM30. */
final class JournalSubmission {

	static final String POSTED = "The Accounting Journal is posted or canceled or is an intercompany or reversal "
			+ "journal and cannot be submitted.";

	static final String ADD_ONLY = "The Web Service is set to Add Only; documents cannot be resubmitted.";

	static final String TOO_MANY_LINES = "The Submit Accounting Journal WS does not accept journals with more than "
			+ "1000 journal lines. Please reduce the size of your journals to less than 1000 lines and resubmit your "
			+ "request.";

	static final String NO_LINES = "Please enter at least one Journal Details line.";

	static final String UNBALANCED = "Journal may not be submitted unless it is balanced";

	static final String CONTROL_TOTAL = "Journal may not be submitted if the Control Total Amount does not equal the "
			+ "Ledger Debit and Credit Totals";

	static final String BOTH_AMOUNTS = "The Credit and Debit Amount both have values.";

	static final String BOTH_ZERO = "The Credit and Debit Amounts are both zero.";

	static final String CURRENCY = "If the currency is specified, it must match the default currency for the company.";

	private static final String DEFAULT_ACCOUNT_SET = "Standard";

	private final TenantData data;

	private final Refs refs = new Refs();

	JournalSubmission(TenantData data) {
		this.data = data;
	}

	WdJournal submit(Element request) {
		Element journal = Dom.child(request, "Accounting_Journal_Data");
		Element reference = Dom.child(request, "Accounting_Journal_Reference");
		WdJournal existing = this.refs.resolve(reference, false, null, request,
				(id) -> this.data.journalByReference(id.type(), id.value()));
		this.refs.throwIfAny();
		String journalId = Dom.text(journal, "Accounting_Journal_ID");
		if (existing == null && reference == null && journalId != null) {
			existing = this.data.journalByReference("Accounting_Journal_ID", journalId).orElse(null);
		}
		String addOnly = Dom.attr(request, "Add_Only");
		if (existing != null && ("true".equals(addOnly) || "1".equals(addOnly))) {
			throw fault(ADD_ONLY, request);
		}
		if (existing != null && WdJournal.POSTED.equals(existing.status())) {
			throw fault(POSTED, request);
		}
		List<Element> lineElements = Dom.children(journal, "Journal_Entry_Line_Replacement_Data");
		if (lineElements.size() > 1000) {
			throw fault(TOO_MANY_LINES, request);
		}
		Company company = this.refs.resolve(Dom.child(journal, "Company_Reference"), true, "Company_Reference", journal,
				(id) -> switch (id.type()) {
					case "Company_Reference_ID", "Organization_Reference_ID" -> this.data.company(id.value());
					default -> Optional.empty();
				});
		Element currencyRef = Dom.child(journal, "Currency_Reference");
		String currency = this.refs.resolve(currencyRef, true, "Currency_Reference", journal,
				(id) -> "Currency_ID".equals(id.type()) && this.data.knowsCurrency(id.value()) ? Optional.of(id.value())
						: Optional.empty());
		if (company != null && currency != null && !company.currency().equals(currency)) {
			this.refs.add(CURRENCY, CURRENCY, currencyRef);
		}
		LocalDate accountingDate = Dom.date(journal, "Accounting_Date");
		boolean submit = Dom.flag(journal, "Submit");
		List<WdJournalLine> lines = new ArrayList<>();
		for (Element line : lineElements) {
			lines.add(line(line));
		}
		BigDecimal debits = lines.stream().map(WdJournalLine::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal credits = lines.stream().map(WdJournalLine::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal control = Dom.decimal(journal, "Control_Total_Amount");
		if (submit && lines.isEmpty()) {
			this.refs.add(NO_LINES, NO_LINES, journal);
		}
		if (submit && debits.compareTo(credits) != 0) {
			this.refs.add(UNBALANCED, UNBALANCED, journal);
		}
		if (control != null && (control.compareTo(debits) != 0 || control.compareTo(credits) != 0)) {
			this.refs.add(CONTROL_TOTAL, CONTROL_TOTAL, Dom.child(journal, "Control_Total_Amount"));
		}
		this.refs.throwIfAny();
		boolean autoComplete = Dom.flag(Dom.child(request, "Business_Process_Parameters"), "Auto_Complete");
		String status = !submit ? "Draft" : autoComplete ? WdJournal.POSTED : "In Progress";
		String number = (existing != null) ? existing.journalNumber() : this.data.nextJournalNumber();
		String id = (journalId != null) ? journalId : (existing != null) ? existing.journalId() : "JOURNAL-" + number;
		WdJournal saved = new WdJournal((existing != null) ? existing.wid() : Wids.of("Accounting_Journal", id), id,
				number, company.id(), currency, Refs.idOfType(Dom.child(journal, "Ledger_Type_Reference"), "Ledger_Type_ID"),
				accountingDate, Refs.idOfType(Dom.child(journal, "Journal_Source_Reference"), "Journal_Source_ID"),
				Dom.text(journal, "Journal_Entry_Memo"), status, control, List.copyOf(lines), Instant.now());
		this.data.putJournal(saved);
		return saved;
	}

	private WdJournalLine line(Element line) {
		Element accountRef = Dom.child(line, "Ledger_Account_Reference");
		LedgerAccount account = this.refs.resolve(accountRef, true, "Ledger_Account_Reference", line,
				(id) -> switch (id.type()) {
					case "Ledger_Account_ID" -> this.data.ledgerAccount(
							(id.parentId() != null) ? id.parentId() : DEFAULT_ACCOUNT_SET, id.value());
					default -> Optional.empty();
				});
		BigDecimal debit = zero(Dom.decimal(line, "Debit_Amount"));
		BigDecimal credit = zero(Dom.decimal(line, "Credit_Amount"));
		if (debit.signum() != 0 && credit.signum() != 0) {
			this.refs.add(BOTH_AMOUNTS, BOTH_AMOUNTS, line);
		}
		else if (debit.signum() == 0 && credit.signum() == 0) {
			this.refs.add(BOTH_ZERO, BOTH_ZERO, line);
		}
		String costCenter = null;
		for (Element worktag : Dom.children(line, "Worktags_Reference")) {
			WdCostCenter cc = this.refs.resolve(worktag, false, null, line, (id) -> switch (id.type()) {
				case "Cost_Center_Reference_ID", "Organization_Reference_ID" -> this.data.costCenter(id.value());
				default -> Optional.empty();
			});
			costCenter = (cc != null) ? cc.id() : costCenter;
		}
		return new WdJournalLine(Dom.text(line, "Line_Order"), (account != null) ? account.accountSetId() : null,
				(account != null) ? account.id() : null, debit, credit, Dom.text(line, "Memo"), costCenter);
	}

	private static SoapFault fault(String text, Element at) {
		return SoapFault.validation(new ValidationError(text, text, Dom.xpath(at)));
	}

	private static BigDecimal zero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
