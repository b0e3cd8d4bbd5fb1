package com.mlconnector.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandboxes mounted in the application (the embedded default) answer under /sandbox/coupa and
 * /sandbox/workday with their own authentication, untouched by the application's security (no CSRF,
 * no log-in redirect), and accept Coupa's unencoded bracket query syntax.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MountedSandboxIntegrationTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void coupaSandboxIssuesTokensAndServesInvoices() throws Exception {
		String base = "http://localhost:" + port + "/sandbox/coupa";
		HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"grant_type=client_credentials&client_id=mlc-demo-client&client_secret=mlc-demo-secret&scope=core.invoice.read"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		String accessToken = token.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		HttpResponse<String> invoices = http.send(
				HttpRequest.newBuilder(URI.create(base + "/api/invoices?status[in]=approved&limit=2"))
					.header("Authorization", "Bearer " + accessToken)
					.header("Accept", "application/json")
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(invoices.statusCode()).as(invoices.body()).isEqualTo(200);
		assertThat(invoices.body()).contains("\"invoice-number\"").contains("\"approved\"");
	}

	@Test
	void workdaySandboxAnswersSoapWithWsSecurity() throws Exception {
		String envelope = """
				<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wd="urn:com.workday/bsvc">
				 <soapenv:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
				  <wsse:UsernameToken><wsse:Username>ISU_MLC@mlc_demo</wsse:Username>
				  <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">%s</wsse:Password>
				  </wsse:UsernameToken></wsse:Security></soapenv:Header>
				 <soapenv:Body><wd:Get_Cost_Centers_Request wd:version="v30.0">
				  <wd:Response_Filter><wd:Page>1</wd:Page><wd:Count>5</wd:Count></wd:Response_Filter>
				 </wd:Get_Cost_Centers_Request></soapenv:Body>
				</soapenv:Envelope>""";
		URI endpoint = URI.create(
				"http://localhost:" + port + "/sandbox/workday/ccx/service/mlc_demo/Financial_Management/v30.0");
		HttpResponse<String> ok = soap(endpoint, envelope.formatted("Demo-ISU-Passw0rd!"));
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		assertThat(ok.body()).contains("Get_Cost_Centers_Response").contains("Total_Results");
		HttpResponse<String> denied = soap(endpoint, envelope.formatted("wrong password"));
		assertThat(denied.statusCode()).isEqualTo(500);
		assertThat(denied.body()).contains("SOAP-ENV:Client.authenticationError").contains("invalid username or password");
	}

	private HttpResponse<String> soap(URI endpoint, String envelope) throws Exception {
		return http.send(HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "text/xml; charset=utf-8")
			.header("SOAPAction", "\"\"")
			.POST(HttpRequest.BodyPublishers.ofString(envelope))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
