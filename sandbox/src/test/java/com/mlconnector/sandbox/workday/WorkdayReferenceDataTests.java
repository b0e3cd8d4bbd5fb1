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

/** Companies, cost centers (paging, Updated_From_Date), account sets and spend categories over real HTTP. */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkdayReferenceDataTests {

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

	@Test
	void getWorkdayCompaniesReturnsTheWorldsCompanies() {
		WorkdaySoapClient.Reply reply = this.soap.call("Financial_Management",
				"<wd:Get_Workday_Companies_Request wd:version=\"v44.2\"/>");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.wd("Envelope/Body/Get_Workday_Companies_Response/Response_Results/Total_Results"))
			.isEqualTo("3");
		assertThat(reply.text("//*[local-name()='Company_Reference']/*[@*[local-name()='type']='Company_Reference_ID']"))
			.isEqualTo("C100");
	}

	@Test
	void getCostCentersPagesWithTotalPages() {
		// given 11 cost centers and pages of 4
		String request = "<wd:Get_Cost_Centers_Request wd:version=\"v44.2\"><wd:Response_Filter><wd:Page>3</wd:Page>"
				+ "<wd:Count>4</wd:Count></wd:Response_Filter></wd:Get_Cost_Centers_Request>";
		// when
		WorkdaySoapClient.Reply reply = this.soap.call("Financial_Management", request);
		// then
		String results = "Envelope/Body/Get_Cost_Centers_Response/Response_Results/";
		assertThat(reply.wd(results + "Total_Results")).isEqualTo("11");
		assertThat(reply.wd(results + "Total_Pages")).isEqualTo("3");
		assertThat(reply.wd(results + "Page")).isEqualTo("3");
		assertThat(reply.wd(results + "Page_Results")).isEqualTo("3");
		assertThat(reply.count("//*[local-name()='Cost_Center']")).isEqualTo(3);
	}

	@Test
	void countAbove999IsSchemaInvalid() {
		String request = "<wd:Get_Cost_Centers_Request wd:version=\"v44.2\"><wd:Response_Filter>"
				+ "<wd:Count>1000</wd:Count></wd:Response_Filter></wd:Get_Cost_Centers_Request>";

		WorkdaySoapClient.Reply reply = this.soap.callUnvalidatedRequest("Financial_Management", request);

		assertThat(reply.text("//faultcode")).isEqualTo("SOAP-ENV:Client.validationError");
		assertThat(reply.text("//*[local-name()='Xpath']"))
			.isEqualTo("/wd:Get_Cost_Centers_Request[1]/wd:Response_Filter[1]/wd:Count[1]");
	}

	@Test
	void getCostCentersFiltersOnUpdatedFromDate() {
		// seeded cost center i was last updated 2026-01-01 plus i days
		String request = "<wd:Get_Cost_Centers_Request wd:version=\"v44.2\"><wd:Request_Criteria>"
				+ "<wd:Updated_From_Date>2026-01-09T00:00:00Z</wd:Updated_From_Date></wd:Request_Criteria>"
				+ "</wd:Get_Cost_Centers_Request>";

		WorkdaySoapClient.Reply reply = this.soap.call("Financial_Management", request);

		assertThat(reply.wd("Envelope/Body/Get_Cost_Centers_Response/Response_Results/Total_Results")).isEqualTo("3");
	}

	@Test
	void getCostCentersByReferenceAndUnknownReference() {
		String known = "<wd:Get_Cost_Centers_Request wd:version=\"v44.2\"><wd:Request_References><wd:Cost_Center_Reference>"
				+ "<wd:ID wd:type=\"Cost_Center_Reference_ID\">CC1000</wd:ID></wd:Cost_Center_Reference>"
				+ "</wd:Request_References></wd:Get_Cost_Centers_Request>";
		assertThat(this.soap.call("Financial_Management", known)
			.wd("Envelope/Body/Get_Cost_Centers_Response/Response_Results/Total_Results")).isEqualTo("1");

		WorkdaySoapClient.Reply unknown = this.soap.call("Financial_Management", known.replace("CC1000", "CC9999"));

		assertThat(unknown.status()).isEqualTo(500);
		assertThat(unknown.text("//faultcode")).isEqualTo("SOAP-ENV:Client.validationError");
		assertThat(unknown.text("//*[local-name()='Validation_Error']/*[local-name()='Message']"))
			.isEqualTo("Invalid ID value.  'CC9999' is not a valid ID value for type = 'Cost_Center_Reference_ID'");
		assertThat(unknown.text("//*[local-name()='Xpath']")).isEqualTo(
				"/wd:Get_Cost_Centers_Request[1]/wd:Request_References[1]/wd:Cost_Center_Reference");
	}

	@Test
	void getAccountSetsCarriesLedgerAccounts() {
		WorkdaySoapClient.Reply reply = this.soap.call("Financial_Management",
				"<wd:Get_Account_Sets_Request wd:version=\"v44.2\"/>");

		assertThat(reply.wd("Envelope/Body/Get_Account_Sets_Response/Response_Data/Account_Set/Account_Set_Data/Account_Set_ID"))
			.isEqualTo("Standard");
		assertThat(reply.count("//*[local-name()='Ledger_Account_Data']")).isEqualTo(10);
	}

	@Test
	void getResourceCategoriesOnBothServices() {
		for (String service : new String[] { "Financial_Management", "Resource_Management" }) {
			WorkdaySoapClient.Reply reply = this.soap.call(service,
					"<wd:Get_Resource_Categories_Request wd:version=\"v44.2\"/>");
			assertThat(reply.count("//*[local-name()='Resource_Category']")).isEqualTo(8);
		}
	}

}
