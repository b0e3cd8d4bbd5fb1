package com.mlconnector.sandbox.workday;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mlconnector.sandbox.SandboxApplication;
import com.mlconnector.sandbox.workday.soap.WorkdaySchema;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Submit_Supplier and Get_Suppliers over real HTTP, including the Updated_From_Date filter and Add_Only. */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkdaySupplierTests {

	static final String RM = "Resource_Management";

	static final String RESULTS = "Envelope/Body/Get_Suppliers_Response/Response_Results/";

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

	static String submit(String supplierId, String name, boolean addOnly) {
		return "<wd:Submit_Supplier_Request wd:Add_Only=\"" + addOnly + "\" wd:version=\"v44.2\">"
				+ "<wd:Business_Process_Parameters><wd:Auto_Complete>true</wd:Auto_Complete></wd:Business_Process_Parameters>"
				+ "<wd:Supplier_Data><wd:Supplier_ID>" + supplierId + "</wd:Supplier_ID><wd:Supplier_Name>" + name
				+ "</wd:Supplier_Name><wd:Tax_ID_Data><wd:Tax_ID_Text>12-3456789</wd:Tax_ID_Text></wd:Tax_ID_Data>"
				+ "<wd:Currency_Reference><wd:ID wd:type=\"Currency_ID\">USD</wd:ID></wd:Currency_Reference>"
				+ "</wd:Supplier_Data></wd:Submit_Supplier_Request>";
	}

	@Test
	void getSuppliersPagesOverTheWorkdaySuppliers() {
		// 60 World suppliers, 4 of them not in Workday
		WorkdaySoapClient.Reply reply = this.soap.call(RM, "<wd:Get_Suppliers_Request wd:version=\"v44.2\">"
				+ "<wd:Response_Filter><wd:Page>2</wd:Page><wd:Count>50</wd:Count></wd:Response_Filter></wd:Get_Suppliers_Request>");

		assertThat(reply.wd(RESULTS + "Total_Results")).isEqualTo("56");
		assertThat(reply.wd(RESULTS + "Total_Pages")).isEqualTo("2");
		assertThat(reply.wd(RESULTS + "Page_Results")).isEqualTo("6");
	}

	@Test
	void submitSupplierCreatesAndUpdatedFromDateFindsIt() {
		// given
		String since = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1).toString();
		// when
		WorkdaySoapClient.Reply created = this.soap.call(RM, submit("S-90001", "New Supplier Inc.", true));
		// then
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.text("//*[local-name()='ID'][@*[local-name()='type']='Supplier_ID']")).isEqualTo("S-90001");
		WorkdaySoapClient.Reply changed = this.soap.call(RM, "<wd:Get_Suppliers_Request wd:version=\"v44.2\">"
				+ "<wd:Request_Criteria><wd:Updated_From_Date>" + since + "</wd:Updated_From_Date></wd:Request_Criteria>"
				+ "</wd:Get_Suppliers_Request>");
		assertThat(changed.wd(RESULTS + "Total_Results")).isEqualTo("1");
		assertThat(changed.wd("Envelope/Body/Get_Suppliers_Response/Response_Data/Supplier/Supplier_Data/Supplier_Name"))
			.isEqualTo("New Supplier Inc.");
	}

	@Test
	void updatedToDateBoundsTheWindow() {
		// seeded supplier i was last updated 2026-01-01 plus 6i hours: indexes 0..3 by 18:00 on Jan 1
		WorkdaySoapClient.Reply reply = this.soap.call(RM, "<wd:Get_Suppliers_Request wd:version=\"v44.2\">"
				+ "<wd:Request_Criteria><wd:Updated_From_Date>2026-01-01T00:00:00Z</wd:Updated_From_Date>"
				+ "<wd:Updated_To_Date>2026-01-01T18:00:00Z</wd:Updated_To_Date></wd:Request_Criteria></wd:Get_Suppliers_Request>");

		assertThat(reply.wd(RESULTS + "Total_Results")).isEqualTo("4");
	}

	@Test
	void addOnlyOnAnExistingSupplierFails() {
		WorkdaySoapClient.Reply reply = this.soap.call(RM, submit("S-00001", "Renamed", true));

		assertThat(reply.text("//faultcode")).isEqualTo("SOAP-ENV:Client.validationError");
		assertThat(reply.text("//*[local-name()='Message']")).startsWith("Add Only is True but the reference ID is already in use.");
	}

	@Test
	void updateWithoutAddOnlyRenames() {
		assertThat(this.soap.call(RM, submit("S-00001", "Renamed Ltd", false)).status()).isEqualTo(200);

		WorkdaySoapClient.Reply read = this.soap.call(RM, "<wd:Get_Suppliers_Request wd:version=\"v44.2\"><wd:Request_References>"
				+ "<wd:Supplier_Reference><wd:ID wd:type=\"Supplier_ID\">S-00001</wd:ID></wd:Supplier_Reference>"
				+ "</wd:Request_References></wd:Get_Suppliers_Request>");
		assertThat(read.text("//*[local-name()='Supplier_Name']")).isEqualTo("Renamed Ltd");
	}

}
