package com.mlconnector.sandbox.workday.journals;

import java.util.Set;

import com.mlconnector.sandbox.workday.soap.SoapCall;
import com.mlconnector.sandbox.workday.soap.SoapOperation;
import com.mlconnector.sandbox.workday.soap.XmlOut;
import com.mlconnector.sandbox.workday.tenant.WdJournal;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;

import org.w3c.dom.Element;

import org.springframework.stereotype.Component;

/**
 * Submit_Accounting_Journal (FM30). Submit true with Auto_Complete true posts the journal at once; posted journals
 * cannot be submitted again.
 */
@Component("workdaySandboxSubmitAccountingJournal")
class SubmitAccountingJournalOperation implements SoapOperation {

	private final WorkdayTenant tenant;

	SubmitAccountingJournalOperation(WorkdayTenant tenant) {
		this.tenant = tenant;
	}

	@Override
	public String requestElement() {
		return "Submit_Accounting_Journal_Request";
	}

	@Override
	public Set<String> services() {
		return Set.of(FINANCIAL_MANAGEMENT);
	}

	@Override
	public String handle(Element request, SoapCall call) {
		WdJournal saved = this.tenant.write((data) -> new JournalSubmission(data).submit(request));
		XmlOut out = SoapOperation.response("Submit_Accounting_Journal_Response", request, call);
		out.ref("wd:Accounting_Journal_Reference", "Journal: " + saved.journalNumber(), "WID", saved.wid(),
				"Accounting_Journal_ID", saved.journalId());
		return out.end().toString();
	}

}
