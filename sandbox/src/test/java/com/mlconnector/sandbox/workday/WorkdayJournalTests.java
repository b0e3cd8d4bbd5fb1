package com.mlconnector.sandbox.workday;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mlconnector.sandbox.SandboxApplication;
import com.mlconnector.sandbox.workday.soap.WorkdaySchema;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Submit_Accounting_Journal over real HTTP: posting, balance, control total, posted journals, Add_Only. */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkdayJournalTests {

	static final String FM = "Financial_Management";

	static final String MESSAGE = "//*[local-name()='Validation_Error']/*[local-name()='Message']";

	@LocalServerPort
	int port;

	@Autowired
	WorkdaySchema schema;

	@Autowired
	WorkdayTenant tenant;

	WorkdaySoapClient soap;

	@BeforeEach
	void setUp() {
		this.tenant.reset(42, 0);
		this.soap = new WorkdaySoapClient(this.port, this.schema);
	}

	static String journal(String id, String debit, String credit, String control, boolean addOnly) {
		return "<wd:Submit_Accounting_Journal_Request wd:Add_Only=\"" + addOnly + "\" wd:version=\"v44.2\">"
				+ "<wd:Business_Process_Parameters><wd:Auto_Complete>true</wd:Auto_Complete></wd:Business_Process_Parameters>"
				+ "<wd:Accounting_Journal_Data><wd:Accounting_Journal_ID>" + id + "</wd:Accounting_Journal_ID>"
				+ "<wd:Submit>true</wd:Submit>"
				+ "<wd:Company_Reference><wd:ID wd:type=\"Company_Reference_ID\">C100</wd:ID></wd:Company_Reference>"
				+ "<wd:Currency_Reference><wd:ID wd:type=\"Currency_ID\">USD</wd:ID></wd:Currency_Reference>"
				+ "<wd:Ledger_Type_Reference><wd:ID wd:type=\"Ledger_Type_ID\">Actuals</wd:ID></wd:Ledger_Type_Reference>"
				+ "<wd:Accounting_Date>2026-02-28</wd:Accounting_Date>"
				+ "<wd:Journal_Source_Reference><wd:ID wd:type=\"Journal_Source_ID\">Coupa</wd:ID></wd:Journal_Source_Reference>"
				+ "<wd:Journal_Entry_Memo>Accrual</wd:Journal_Entry_Memo>"
				+ ((control != null) ? "<wd:Control_Total_Amount>" + control + "</wd:Control_Total_Amount>" : "")
				+ line("1", "6100", "<wd:Debit_Amount>" + debit + "</wd:Debit_Amount>")
				+ line("2", "2000", "<wd:Credit_Amount>" + credit + "</wd:Credit_Amount>")
				+ "</wd:Accounting_Journal_Data></wd:Submit_Accounting_Journal_Request>";
	}

	static String line(String order, String account, String amount) {
		return "<wd:Journal_Entry_Line_Replacement_Data><wd:Line_Order>" + order + "</wd:Line_Order>"
				+ "<wd:Ledger_Account_Reference><wd:ID wd:type=\"Ledger_Account_ID\" wd:parent_id=\"Standard\""
				+ " wd:parent_type=\"Account_Set_ID\">" + account + "</wd:ID></wd:Ledger_Account_Reference>" + amount
				+ "<wd:Worktags_Reference><wd:ID wd:type=\"Cost_Center_Reference_ID\">CC1000</wd:ID></wd:Worktags_Reference>"
				+ "</wd:Journal_Entry_Line_Replacement_Data>";
	}

	@Test
	void balancedJournalIsPosted() {
		WorkdaySoapClient.Reply reply = this.soap.call(FM, journal("JE-COUPA-1", "250.00", "250.00", "250.00", true));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text("//*[local-name()='ID'][@*[local-name()='type']='Accounting_Journal_ID']"))
			.isEqualTo("JE-COUPA-1");
		String status = this.tenant.read((data) -> data.journals().get(0).status());
		assertThat(status).isEqualTo("Posted");
	}

	@Test
	void unbalancedJournalIsRejected() {
		WorkdaySoapClient.Reply reply = this.soap.call(FM, journal("JE-COUPA-2", "250.00", "200.00", null, true));

		assertThat(reply.text("//faultcode")).isEqualTo("SOAP-ENV:Client.validationError");
		assertThat(reply.text(MESSAGE)).isEqualTo("Journal may not be submitted unless it is balanced");
	}

	@Test
	void controlTotalMustMatchDebitsAndCredits() {
		WorkdaySoapClient.Reply reply = this.soap.call(FM, journal("JE-COUPA-3", "250.00", "250.00", "300.00", true));

		assertThat(reply.text(MESSAGE)).isEqualTo(
				"Journal may not be submitted if the Control Total Amount does not equal the Ledger Debit and Credit Totals");
		assertThat(reply.text("//*[local-name()='Xpath']")).isEqualTo(
				"/wd:Submit_Accounting_Journal_Request[1]/wd:Accounting_Journal_Data[1]/wd:Control_Total_Amount[1]");
	}

	@Test
	void postedJournalCannotBeResubmitted() {
		assertThat(this.soap.call(FM, journal("JE-COUPA-4", "10.00", "10.00", null, false)).status()).isEqualTo(200);

		WorkdaySoapClient.Reply again = this.soap.call(FM, journal("JE-COUPA-4", "10.00", "10.00", null, false));

		assertThat(again.text(MESSAGE)).isEqualTo("The Accounting Journal is posted or canceled or is an "
				+ "intercompany or reversal journal and cannot be submitted.");
	}

	@Test
	void addOnlyRejectsAnExistingJournal() {
		assertThat(this.soap.call(FM, journal("JE-COUPA-5", "10.00", "10.00", null, true)).status()).isEqualTo(200);

		WorkdaySoapClient.Reply again = this.soap.call(FM, journal("JE-COUPA-5", "10.00", "10.00", null, true));

		assertThat(again.text(MESSAGE)).isEqualTo("The Web Service is set to Add Only; documents cannot be resubmitted.");
	}

	@Test
	void unknownLedgerAccountAndDebitWithCreditOnOneLine() {
		String body = journal("JE-COUPA-6", "10.00", "10.00", null, true).replace(">6100<", ">9999<")
			.replace("<wd:Credit_Amount>10.00</wd:Credit_Amount>",
					"<wd:Debit_Amount>1.00</wd:Debit_Amount><wd:Credit_Amount>10.00</wd:Credit_Amount>");

		WorkdaySoapClient.Reply reply = this.soap.call(FM, body);

		assertThat(reply.count("//*[local-name()='Validation_Error']")).isGreaterThanOrEqualTo(2);
		assertThat(reply.text(MESSAGE))
			.isEqualTo("Invalid ID value.  '9999' is not a valid ID value for type = 'Ledger_Account_ID'");
		assertThat(reply.raw()).contains("The Credit and Debit Amount both have values.");
	}

}
