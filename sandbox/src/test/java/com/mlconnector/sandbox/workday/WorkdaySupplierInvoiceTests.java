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

/** Submit_Supplier_Invoice and Get_Supplier_Invoices over real HTTP, including each Workday validation fault. */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkdaySupplierInvoiceTests {

	static final String RM = "Resource_Management";

	static final String MESSAGE = "//*[local-name()='Validation_Error']/*[local-name()='Message']";

	static final String XPATH = "//*[local-name()='Validation_Error']/*[local-name()='Xpath']";

	@LocalServerPort
	int port;

	@Autowired
	WorkdaySchema schema;

	@Autowired
	WorkdayTenant tenant;

	WorkdaySoapClient soap;

	@BeforeEach
	void setUp() {
		this.tenant.reset(42, 6);
		this.soap = new WorkdaySoapClient(this.port, this.schema);
	}

	/** A schema-valid request: two lines of 100.00 and 50.00, element order as in the (RM28-derived) schema. */
	static String invoice(String id, String supplier, String suppliersNumber, String control, boolean addOnly,
			String costCenter) {
		return "<wd:Submit_Supplier_Invoice_Request wd:Add_Only=\"" + addOnly + "\" wd:version=\"v44.2\">"
				+ "<wd:Business_Process_Parameters><wd:Auto_Complete>true</wd:Auto_Complete></wd:Business_Process_Parameters>"
				+ "<wd:Supplier_Invoice_Data><wd:Supplier_Invoice_ID>" + id + "</wd:Supplier_Invoice_ID>"
				+ "<wd:Submit>true</wd:Submit>"
				+ "<wd:Company_Reference><wd:ID wd:type=\"Company_Reference_ID\">C100</wd:ID></wd:Company_Reference>"
				+ "<wd:Currency_Reference><wd:ID wd:type=\"Currency_ID\">USD</wd:ID></wd:Currency_Reference>"
				+ "<wd:Supplier_Reference><wd:ID wd:type=\"Supplier_ID\">" + supplier + "</wd:ID></wd:Supplier_Reference>"
				+ "<wd:Invoice_Date>2026-02-01</wd:Invoice_Date>"
				+ "<wd:Control_Amount_Total>" + control + "</wd:Control_Amount_Total>"
				+ "<wd:Suppliers_Invoice_Number>" + suppliersNumber + "</wd:Suppliers_Invoice_Number>"
				+ "<wd:Memo>From Coupa</wd:Memo>"
				+ line("1", "SC_IT_HARDWARE", "100.00", "CC1000") + line("2", "SC_SOFTWARE", "50.00", costCenter)
				+ "</wd:Supplier_Invoice_Data></wd:Submit_Supplier_Invoice_Request>";
	}

	static String line(String order, String spendCategory, String amount, String costCenter) {
		return "<wd:Invoice_Line_Replacement_Data><wd:Line_Order>" + order + "</wd:Line_Order>"
				+ "<wd:Item_Description>Item " + order + "</wd:Item_Description>"
				+ "<wd:Spend_Category_Reference><wd:ID wd:type=\"Spend_Category_ID\">" + spendCategory
				+ "</wd:ID></wd:Spend_Category_Reference><wd:Extended_Amount>" + amount + "</wd:Extended_Amount>"
				+ "<wd:Worktags_Reference><wd:ID wd:type=\"Cost_Center_Reference_ID\">" + costCenter
				+ "</wd:ID></wd:Worktags_Reference></wd:Invoice_Line_Replacement_Data>";
	}

	@Test
	void submitCreatesAnApprovedInvoiceAndGetReadsItBack() {
		// when
		WorkdaySoapClient.Reply reply = this.soap.call(RM, invoice("COUPA-1001", "S-00001", "INV-1", "150.00", true, "CC1010"));
		// then
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text("//*[local-name()='ID'][@*[local-name()='type']='Supplier_Invoice_Reference_ID']"))
			.isEqualTo("COUPA-1001");
		assertThat(reply.text("//*[local-name()='ID'][@*[local-name()='type']='WID']")).matches("[0-9a-f]{32}");

		WorkdaySoapClient.Reply read = this.soap.call(RM, "<wd:Get_Supplier_Invoices_Request wd:version=\"v44.2\">"
				+ "<wd:Request_References><wd:Supplier_Invoice_Reference><wd:ID wd:type=\"Supplier_Invoice_Reference_ID\">"
				+ "COUPA-1001</wd:ID></wd:Supplier_Invoice_Reference></wd:Request_References></wd:Get_Supplier_Invoices_Request>");
		String data = "Envelope/Body/Get_Supplier_Invoices_Response/Response_Data/Supplier_Invoice/Supplier_Invoice_Data/";
		assertThat(read.wd(data + "Suppliers_Invoice_Number")).isEqualTo("INV-1");
		assertThat(read.wd(data + "Control_Amount_Total")).isEqualTo("150.00");
		assertThat(read.text("//*[local-name()='Invoice_Document_Status_Reference']/*")).isEqualTo("APPROVED");
		assertThat(read.count("//*[local-name()='Invoice_Line_Replacement_Data']")).isEqualTo(2);
	}

	@Test
	void unknownReferenceIdIsAValidationFaultWithXpath() {
		WorkdaySoapClient.Reply reply = this.soap.call(RM, invoice("COUPA-1002", "S-00001", "INV-2", "150.00", true, "CC9999"));

		assertThat(reply.status()).isEqualTo(500);
		assertThat(reply.text("//faultcode")).isEqualTo("SOAP-ENV:Client.validationError");
		assertThat(reply.text("//faultstring")).isEqualTo("Validation error occurred. Invalid ID value.  'CC9999' is "
				+ "not a valid ID value for type = 'Cost_Center_Reference_ID'");
		assertThat(reply.text(XPATH)).isEqualTo("/wd:Submit_Supplier_Invoice_Request[1]/wd:Supplier_Invoice_Data[1]"
				+ "/wd:Invoice_Line_Replacement_Data[2]/wd:Worktags_Reference");
	}

	@Test
	void supplierMissingInWorkdayIsInvalidId() {
		// S-00006 exists in Coupa only (World: index 5)
		WorkdaySoapClient.Reply reply = this.soap.call(RM, invoice("COUPA-1003", "S-00006", "INV-3", "150.00", true, "CC1010"));

		assertThat(reply.text(MESSAGE))
			.isEqualTo("Invalid ID value.  'S-00006' is not a valid ID value for type = 'Supplier_ID'");
	}

	@Test
	void inactiveCostCenterIsRejected() {
		WorkdaySoapClient.Reply reply = this.soap.call(RM, invoice("COUPA-1004", "S-00001", "INV-4", "150.00", true, "CC1100"));

		assertThat(reply.text(MESSAGE)).startsWith("The Cost Center is/are not available for use with the company/s: ");
	}

	@Test
	void duplicateSupplierInvoiceIdWithAddOnly() {
		assertThat(this.soap.call(RM, invoice("COUPA-2001", "S-00001", "INV-20", "150.00", true, "CC1010")).status())
			.isEqualTo(200);

		WorkdaySoapClient.Reply again = this.soap.call(RM, invoice("COUPA-2001", "S-00001", "INV-21", "150.00", true, "CC1010"));

		assertThat(again.status()).isEqualTo(500);
		assertThat(again.text(MESSAGE)).isEqualTo("The Web Service is set to Add Only; documents cannot be resubmitted.");
		assertThat(again.text(XPATH))
			.isEqualTo("/wd:Submit_Supplier_Invoice_Request[1]/wd:Supplier_Invoice_Data[1]/wd:Supplier_Invoice_ID[1]");
	}

	@Test
	void duplicateSuppliersInvoiceNumberForTheSameSupplier() {
		assertThat(this.soap.call(RM, invoice("COUPA-3001", "S-00002", "INV-30", "150.00", true, "CC1010")).status())
			.isEqualTo(200);

		WorkdaySoapClient.Reply duplicate = this.soap.call(RM,
				invoice("COUPA-3002", "S-00002", "INV-30", "150.00", true, "CC1010"));
		WorkdaySoapClient.Reply otherSupplier = this.soap.call(RM,
				invoice("COUPA-3003", "S-00003", "INV-30", "150.00", true, "CC1010"));

		assertThat(duplicate.text(MESSAGE)).isEqualTo(
				"Enter a Supplier's Invoice Number that isn't already in use on another supplier invoice");
		assertThat(duplicate.text("//*[local-name()='Detail_Message']"))
			.isEqualTo("The supplier's invoice number entered is already in use.");
		assertThat(duplicate.text(XPATH)).isEqualTo(
				"/wd:Submit_Supplier_Invoice_Request[1]/wd:Supplier_Invoice_Data[1]/wd:Suppliers_Invoice_Number[1]");
		assertThat(otherSupplier.status()).isEqualTo(200);
	}

	@Test
	void controlTotalMustEqualTheLines() {
		WorkdaySoapClient.Reply reply = this.soap.call(RM, invoice("COUPA-4001", "S-00001", "INV-40", "149.99", true, "CC1010"));

		assertThat(reply.text("//faultcode")).isEqualTo("SOAP-ENV:Client.validationError");
		assertThat(reply.text(MESSAGE)).contains("Control Amount Total (149.99)").contains("(150.00)");
		assertThat(reply.text(XPATH))
			.isEqualTo("/wd:Submit_Supplier_Invoice_Request[1]/wd:Supplier_Invoice_Data[1]/wd:Control_Amount_Total[1]");
	}

	@Test
	void approvedInvoiceCannotBeResubmitted() {
		// given an approved invoice (Auto_Complete) resubmitted without Add_Only
		assertThat(this.soap.call(RM, invoice("COUPA-5001", "S-00001", "INV-50", "150.00", false, "CC1010")).status())
			.isEqualTo(200);
		// when
		WorkdaySoapClient.Reply again = this.soap.call(RM, invoice("COUPA-5001", "S-00001", "INV-50", "150.00", false, "CC1010"));
		// then
		assertThat(again.status()).isEqualTo(500);
		assertThat(again.text(MESSAGE)).isEqualTo("The Supplier Invoice is approved or canceled and cannot be submitted.");
	}

	@Test
	void draftCanBeUpdatedWithoutAddOnly() {
		String draft = invoice("COUPA-6001", "S-00001", "INV-60", "150.00", false, "CC1010").replace(
				"<wd:Submit>true</wd:Submit>", "<wd:Submit>false</wd:Submit>");
		assertThat(this.soap.call(RM, draft).status()).isEqualTo(200);

		WorkdaySoapClient.Reply update = this.soap.call(RM, draft.replace("From Coupa", "Corrected"));

		assertThat(update.status()).isEqualTo(200);
		long count = this.tenant.read((data) -> data.invoices().stream()
			.filter((i) -> i.supplierInvoiceId().equals("COUPA-6001")).peek((i) -> assertThat(i.memo()).isEqualTo("Corrected")).count());
		assertThat(count).isEqualTo(1);
	}

	@Test
	void getSupplierInvoicesByCriteriaAndPaging() {
		// six seeded invoices, suppliers S-00001..S-00006 minus those not in Workday
		WorkdaySoapClient.Reply reply = this.soap.call(RM, "<wd:Get_Supplier_Invoices_Request wd:version=\"v44.2\">"
				+ "<wd:Request_Criteria><wd:Company_Reference><wd:ID wd:type=\"Company_Reference_ID\">C100</wd:ID>"
				+ "</wd:Company_Reference></wd:Request_Criteria><wd:Response_Filter><wd:Page>1</wd:Page><wd:Count>1</wd:Count>"
				+ "</wd:Response_Filter></wd:Get_Supplier_Invoices_Request>");

		String results = "Envelope/Body/Get_Supplier_Invoices_Response/Response_Results/";
		assertThat(reply.wd(results + "Total_Results")).isEqualTo("2");
		assertThat(reply.wd(results + "Total_Pages")).isEqualTo("2");
		assertThat(reply.count("//*[local-name()='Supplier_Invoice']")).isEqualTo(1);
	}

}
