package com.mlconnector.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.json.JsonParserFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Ping your systems" end to end: a tenant's connections point at the sandboxes mounted in this
 * application; the API runs the ping through the real connectors and stores the result.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PingIntegrationTests {

	static final String ISU_PASSWORD = "Demo-ISU-Passw0rd!";

	@LocalServerPort
	int port;

	@Test
	void aCorrectlyConfiguredTenantPingsGreenAndAWrongPasswordIsNamed(CapturedOutput output) {
		TestTenants.SignedIn tenant = TestTenants.signUpAndLogIn(port, "Pinger");
		String token = TestTenants.createToken(tenant.session(), "connections:read", "connections:write");
		configureWorkday(token, ISU_PASSWORD);
		// when: pinging Workday
		List<Map<String, Object>> steps = ping(token, "workday");
		// then: every step passed, except writes that cannot be probed without posting
		assertThat(steps).isNotEmpty().allSatisfy((step) -> assertThat(step.get("verdict")).isIn("PASS", "NOT_VERIFIABLE"));
		assertThat(steps).extracting((step) -> step.get("name")).contains("Resolve host", "Connect");
		assertThat(steps).filteredOn((step) -> "NOT_VERIFIABLE".equals(step.get("verdict"))).isNotEmpty();
		// when: the ISU password is wrong
		configureWorkday(token, "not-the-password-123");
		List<Map<String, Object>> wrong = ping(token, "workday");
		// then: exactly one step is red, it names the credential, later steps are skipped
		assertThat(wrong).filteredOn((step) -> "FAIL".equals(step.get("verdict"))).singleElement()
			.satisfies((step) -> assertThat(String.valueOf(step.get("detail"))).containsIgnoringCase("password"));
		// and the stored result is what the UI shows
		String connectionId = WebSession.api(port, "GET", "/api/v1/connections", token, null)
			.body()
			.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
		assertThat(tenant.session().get("/connections/" + connectionId).body()).contains("A check failed");
		assertThat(output.getAll()).doesNotContain("not-the-password-123").doesNotContain("mlc-wd-secret");
	}

	@Test
	void coupaPingsGreenAndAMissingScopeIsNamed() {
		TestTenants.SignedIn tenant = TestTenants.signUpAndLogIn(port, "Coupa Pinger");
		String token = TestTenants.createToken(tenant.session(), "connections:read", "connections:write");
		configureCoupa(token, "mlc-demo-client", "mlc-demo-secret");
		assertThat(ping(token, "coupa")).isNotEmpty()
			.allSatisfy((step) -> assertThat(step.get("verdict")).isIn("PASS", "NOT_VERIFIABLE"));
		// the read-only client has no write scopes: the ping says which one is missing
		configureCoupa(token, "mlc-readonly-client", "mlc-readonly-secret");
		List<Map<String, Object>> readOnly = ping(token, "coupa");
		assertThat(readOnly).filteredOn((step) -> "FAIL".equals(step.get("verdict"))).singleElement()
			.satisfies((step) -> assertThat(String.valueOf(step.get("detail"))).contains("core.").contains("write"));
	}

	private void configureCoupa(String token, String clientId, String secret) {
		var put = WebSession.api(port, "PUT", "/api/v1/connections/coupa", token, """
				{"displayName":"Coupa","baseUrl":"http://localhost:%d/sandbox/coupa","clientId":"%s",
				 "scopes":"core.invoice.read core.invoice.write core.supplier.read core.supplier.write","clientSecret":"%s"}
				""".formatted(port, clientId, secret));
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
	}

	@Test
	void aBadHostIsRedAtResolveAndNothingLaterRuns() {
		TestTenants.SignedIn tenant = TestTenants.signUpAndLogIn(port, "Typo Corp");
		String token = TestTenants.createToken(tenant.session(), "connections:read", "connections:write");
		var put = WebSession.api(port, "PUT", "/api/v1/connections/coupa", token, """
				{"displayName":"Coupa","baseUrl":"https://acme.coupahost.invalid","clientId":"mlc-demo-client",
				 "scopes":"core.invoice.read","clientSecret":"mlc-demo-secret"}
				""");
		assertThat(put.statusCode()).isEqualTo(200);
		List<Map<String, Object>> steps = ping(token, "coupa");
		assertThat(steps.get(0)).containsEntry("name", "Check the URL").containsEntry("verdict", "PASS");
		assertThat(steps.get(1)).containsEntry("name", "Resolve host").containsEntry("verdict", "FAIL");
		assertThat(String.valueOf(steps.get(1).get("detail"))).contains("acme.coupahost.invalid does not resolve");
		assertThat(steps.subList(2, steps.size())).isNotEmpty()
			.allSatisfy((step) -> assertThat(step.get("verdict")).isEqualTo("SKIPPED"));
	}

	@Test
	void pingingASystemThatIsNotConfiguredIsNotFound() {
		TestTenants.SignedIn tenant = TestTenants.signUpAndLogIn(port, "Unconfigured");
		String token = TestTenants.createToken(tenant.session(), "connections:read");
		assertThat(WebSession.api(port, "POST", "/api/v1/connections/coupa/ping", token, null).statusCode()).isEqualTo(404);
	}

	private void configureWorkday(String token, String isuPassword) {
		var put = WebSession.api(port, "PUT", "/api/v1/connections/workday", token, """
				{"displayName":"Workday","baseUrl":"http://localhost:%d/sandbox/workday","clientId":"mlc-wd-client",
				 "workdayTenant":"mlc_demo","isuUsername":"ISU_MLC@mlc_demo","wsdlVersion":"v30.0",
				 "clientSecret":"mlc-wd-secret","refreshToken":"mlc-demo-refresh-token","isuPassword":"%s"}
				""".formatted(port, isuPassword));
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> ping(String token, String system) {
		var response = WebSession.api(port, "POST", "/api/v1/connections/" + system + "/ping", token, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, Object> report = JsonParserFactory.getJsonParser().parseMap(response.body());
		return (List<Map<String, Object>>) report.get("steps");
	}

}
