package com.mlconnector.sandbox.workday;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mlconnector.sandbox.SandboxApplication;
import com.mlconnector.sandbox.workday.oauth.AccessTokens;
import com.mlconnector.sandbox.workday.soap.WorkdaySchema;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Envelope, WS-Security, tenant and schema checks of the SOAP endpoint over real HTTP. */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkdaySoapProtocolTests {

	static final String GET_COMPANIES = "<wd:Get_Workday_Companies_Request wd:version=\"v44.2\"/>";

	@LocalServerPort
	int port;

	@Autowired
	WorkdaySchema schema;

	@Autowired
	AccessTokens tokens;

	WorkdaySoapClient soap;

	@BeforeEach
	void setUp() {
		this.soap = new WorkdaySoapClient(this.port, this.schema);
	}

	@Test
	void wrongPasswordIsAnAuthenticationError() {
		WorkdaySoapClient.Reply reply = this.soap.call("mlc_demo", "Financial_Management",
				WorkdaySoapClient.security(WorkdaySoapClient.USER, "wrong"), GET_COMPANIES, null);

		assertThat(reply.status()).isEqualTo(500);
		assertThat(reply.text("//faultcode")).isEqualTo("SOAP-ENV:Client.authenticationError");
		assertThat(reply.text("//faultstring")).isEqualTo("invalid username or password");
	}

	@Test
	void userWithoutTenantSuffixOrNoHeaderFails() {
		WorkdaySoapClient.Reply bare = this.soap.call("mlc_demo", "Financial_Management",
				WorkdaySoapClient.security("ISU_MLC", WorkdaySoapClient.PASSWORD), GET_COMPANIES, null);
		WorkdaySoapClient.Reply none = this.soap.call("mlc_demo", "Financial_Management", "", GET_COMPANIES, null);

		assertThat(bare.text("//faultcode")).isEqualTo("SOAP-ENV:Client.authenticationError");
		assertThat(none.text("//faultcode")).isEqualTo("SOAP-ENV:Client.authenticationError");
	}

	@Test
	void wrongTenantInTheUrlFailsAsBadCredentials() {
		WorkdaySoapClient.Reply reply = this.soap.call("other_tenant", "Financial_Management",
				WorkdaySoapClient.security(WorkdaySoapClient.USER, WorkdaySoapClient.PASSWORD), GET_COMPANIES, null);

		assertThat(reply.text("//faultcode")).isEqualTo("SOAP-ENV:Client.authenticationError");
	}

	@Test
	void bearerTokenIsAcceptedForSoap() {
		String token = this.tokens.issue("mlc-wd-client", "mlc_demo", java.time.Duration.ofMinutes(5));

		WorkdaySoapClient.Reply reply = this.soap.call("mlc_demo", "Financial_Management", "", GET_COMPANIES, token);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.isFault()).isFalse();
	}

	@Test
	void schemaInvalidRequestIsAValidationErrorWithXpath() throws Exception {
		// Memo before Invoice_Date: wrong element order, as Workday's validator rejects it
		String body = "<wd:Submit_Supplier_Invoice_Request wd:version=\"v44.2\"><wd:Supplier_Invoice_Data>"
				+ "<wd:Memo>x</wd:Memo><wd:Invoice_Date>2026-02-01</wd:Invoice_Date></wd:Supplier_Invoice_Data>"
				+ "</wd:Submit_Supplier_Invoice_Request>";

		String response = post("/sandbox/workday/ccx/service/mlc_demo/Resource_Management/v44.2", envelope(body));

		WorkdaySoapClient.Reply reply = new WorkdaySoapClient.Reply(500, WorkdaySoapClient.parse(response), response);
		assertThat(reply.text("//faultcode")).isEqualTo("SOAP-ENV:Client.validationError");
		assertThat(reply.text("//faultstring")).startsWith("Validation error occurred. cvc-");
		assertThat(reply.text("//*[local-name()='Xpath']"))
			.isEqualTo("/wd:Submit_Supplier_Invoice_Request[1]/wd:Supplier_Invoice_Data[1]/wd:Invoice_Date[1]");
		assertFaultDetailValid(reply);
	}

	/** The request was invalid on purpose; the answer's wd:Validation_Fault must still be schema-valid. */
	private void assertFaultDetailValid(WorkdaySoapClient.Reply reply) {
		org.w3c.dom.Element fault = (org.w3c.dom.Element) reply.first("//*[local-name()='Validation_Fault']");
		assertThat(fault).isNotNull();
		assertThat(this.schema.validate(fault)).isEmpty();
	}

	@Test
	void unqualifiedAttributeIsSchemaInvalid() throws Exception {
		// attributeFormDefault="qualified": version without the wd: prefix is not allowed (NOTES.md §1)
		String response = post("/sandbox/workday/ccx/service/mlc_demo/Financial_Management/v44.2",
				envelope("<wd:Get_Workday_Companies_Request version=\"v44.2\"/>"));

		assertThat(response).contains("SOAP-ENV:Client.validationError");
		assertFaultDetailValid(new WorkdaySoapClient.Reply(500, WorkdaySoapClient.parse(response), response));
	}

	@Test
	void operationOfTheOtherServiceIsRejected() throws Exception {
		String response = post("/sandbox/workday/ccx/service/mlc_demo/Resource_Management/v44.2",
				envelope(GET_COMPANIES));

		assertThat(response).contains("<faultcode>SOAP-ENV:Client</faultcode>").contains("not supported by service");
	}

	@Test
	void notXmlIsAClientFault() throws Exception {
		String response = post("/sandbox/workday/ccx/service/mlc_demo/Financial_Management/v44.2", "not xml");

		assertThat(response).contains("<faultcode>SOAP-ENV:Client</faultcode>");
	}

	private static String envelope(String body) {
		return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:wd=\"urn:com.workday/bsvc\">"
				+ "<soapenv:Header>" + WorkdaySoapClient.security(WorkdaySoapClient.USER, WorkdaySoapClient.PASSWORD)
				+ "</soapenv:Header><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
	}

	private String post(String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "text/xml; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

}
