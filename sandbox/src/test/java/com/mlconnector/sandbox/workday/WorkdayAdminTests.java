package com.mlconnector.sandbox.workday;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mlconnector.sandbox.SandboxApplication;
import com.mlconnector.sandbox.workday.soap.WorkdaySchema;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin API over real HTTP: auth, reset, knobs, queued Workday faults, supplier edits, request log. */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkdayAdminTests {

	static final String ADMIN = "Basic " + Base64.getEncoder()
		.encodeToString("sandbox-admin:sandbox-admin-secret".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	int port;

	@Autowired
	WorkdaySchema schema;

	WorkdaySoapClient soap;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() throws Exception {
		this.soap = new WorkdaySoapClient(this.port, this.schema);
		assertThat(admin("POST", "/reset?seed=42&invoices=6", null).statusCode()).isEqualTo(200);
	}

	@AfterEach
	void tearDown() throws Exception {
		admin("DELETE", "/faults", null);
	}

	@Test
	void adminNeedsBasicAuth() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/sandbox/workday/_admin/faults"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void queuedValidationFaultFailsTheNextSubmitOnly() throws Exception {
		// given
		HttpResponse<String> queued = admin("POST", "/faults/workday", "{\"operation\":\"Submit_Supplier_Invoice\","
				+ "\"errors\":[{\"message\":\"The Cost Center is/are not available for use with the company/s: X\","
				+ "\"xpath\":\"/wd:Submit_Supplier_Invoice_Request[1]/wd:Supplier_Invoice_Data[1]\"}]}");
		assertThat(queued.statusCode()).isEqualTo(200);
		String request = WorkdaySupplierInvoiceTests.invoice("ADM-1", "S-00001", "ADM-INV-1", "150.00", true, "CC1010");
		// when
		WorkdaySoapClient.Reply first = this.soap.call("Resource_Management", request);
		WorkdaySoapClient.Reply second = this.soap.call("Resource_Management", request);
		// then
		assertThat(first.text("//faultstring"))
			.isEqualTo("Validation error occurred. The Cost Center is/are not available for use with the company/s: X");
		assertThat(second.status()).isEqualTo(200);
	}

	@Test
	void queuedProcessingFault() throws Exception {
		admin("POST", "/faults/workday", "{\"operation\":\"Get_Suppliers\",\"processingDetail\":\"Service unavailable\"}");

		WorkdaySoapClient.Reply reply = this.soap.call("Resource_Management", "<wd:Get_Suppliers_Request wd:version=\"v44.2\"/>");

		assertThat(reply.text("//faultcode")).isEqualTo("SOAP-ENV:Client.processingError");
		assertThat(reply.text("//*[local-name()='Processing_Fault']/*[local-name()='Detail_Message']"))
			.isEqualTo("Service unavailable");
	}

	@Test
	void genericKnobsViaAdminApi() throws Exception {
		HttpResponse<String> put = admin("PUT", "/faults", "{\"rate5xx\":1.0}");
		assertThat(put.statusCode()).isEqualTo(200);
		assertThat(admin("GET", "/faults", null).body()).contains("\"rate5xx\":1.0");

		HttpResponse<String> faulted = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/sandbox/workday/ccx/service/mlc_demo/Financial_Management/v44.2"))
			.POST(HttpRequest.BodyPublishers.ofString("<x/>"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(faulted.statusCode()).isEqualTo(503);
		assertThat(admin("PUT", "/faults", "{\"rate5xx\":2}").statusCode()).isEqualTo(400);
	}

	@Test
	void editSupplierShowsUpInGetSuppliersAndTheRequestLogRecordsCalls() throws Exception {
		admin("DELETE", "/requests", null);
		HttpResponse<String> edit = admin("PATCH", "/suppliers/S-00002", "{\"name\":\"Edited In Workday\",\"status\":\"INACTIVE\"}");
		assertThat(edit.statusCode()).isEqualTo(200);

		WorkdaySoapClient.Reply inactive = this.soap.call("Resource_Management", "<wd:Get_Suppliers_Request wd:version=\"v44.2\">"
				+ "<wd:Request_Criteria><wd:Supplier_Status_Reference><wd:ID wd:type=\"Business_Entity_Status_Value_ID\">INACTIVE"
				+ "</wd:ID></wd:Supplier_Status_Reference></wd:Request_Criteria></wd:Get_Suppliers_Request>");

		assertThat(inactive.text("//*[local-name()='Supplier_Name']")).isEqualTo("Edited In Workday");
		String log = admin("GET", "/requests", null).body();
		assertThat(log).contains("/sandbox/workday/ccx/service/mlc_demo/Resource_Management/v44.2")
			.contains("ISU_MLC@mlc_demo");
	}

	@Test
	void resetRestoresSeedAndApproveMakesAnInvoiceImmutable() throws Exception {
		assertThat(admin("POST", "/supplier-invoices/WD-SEED-0003/approve", null).statusCode()).isEqualTo(200);
		assertThat(admin("GET", "/supplier-invoices", null).body()).contains("\"WD-SEED-0003\"");

		admin("POST", "/reset?seed=7&invoices=0", null);

		assertThat(admin("GET", "/supplier-invoices", null).body()).isEqualTo("[]");
	}

	private HttpResponse<String> admin(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/sandbox/workday/_admin" + path))
			.header("Authorization", ADMIN)
			.header("Content-Type", "application/json")
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
