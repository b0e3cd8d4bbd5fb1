package com.mlconnector.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mlconnector.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A canary secret stored through the vault never shows up in a dump of the database, in a page, in
 * an API response or in the log. (CI also greps every test log of the run for it: .ci/run.)
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CredentialCanaryIntegrationTests {

	/** Also grepped by .ci/run over every test log; keep the two in step. */
	static final String CANARY = "CANARY-7f3a9c-vault-never-leaks";

	@LocalServerPort
	int port;

	@Test
	void theCanaryNeverLeaves(CapturedOutput output) throws Exception {
		// given: a Workday connection with the canary in all three secret fields, via UI and API
		TestTenants.SignedIn tenant = TestTenants.signUpAndLogIn(port, "Canary");
		var saved = tenant.session().post("/connections/workday/edit", "/connections/workday/edit",
				Map.of("displayName", "Workday", "baseUrl", "https://wd.example.com", "clientId", "wd-client",
						"workdayTenant", "canary_t", "isuUsername", "ISU@canary_t", "wsdlVersion", "v45.2", "clientSecret",
						CANARY + "-1", "refreshToken", CANARY + "-2", "isuPassword", CANARY + "-3"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String token = TestTenants.createToken(tenant.session(), "connections:read", "connections:write");
		var put = WebSession.api(port, "PUT", "/api/v1/connections/coupa", token, """
				{"displayName":"Coupa","baseUrl":"https://c.example.com","clientId":"c","scopes":"core.invoice.read","clientSecret":"%s-4"}
				""".formatted(CANARY));
		assertThat(put.statusCode()).isEqualTo(200);
		// and: a rejected save that carried the canary (the form comes back without it)
		var refused = tenant.session().post("/connections/workday/edit", "/connections/workday/edit",
				Map.of("displayName", "Workday", "baseUrl", "ftp://files.example.com", "clientId", "wd-client", "workdayTenant",
						"canary_t", "isuUsername", "ISU@canary_t", "wsdlVersion", "v45.2", "clientSecret", CANARY + "-5"));
		// when: reading everything a user or client can read
		List<String> seen = new ArrayList<>();
		seen.add(refused.body());
		String connectionPath = saved.headers().firstValue("Location").map(URI::create).orElseThrow().getPath();
		for (String page : List.of("/", "/connections", connectionPath, "/connections/workday/edit",
				"/connections/coupa/edit", "/tokens")) {
			var response = tenant.session().get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			seen.add(response.body());
		}
		seen.add(WebSession.api(port, "GET", "/api/v1/connections", token, null).body());
		seen.add(put.body());
		// then: the pages say the secrets are set, and never show them
		assertThat(tenant.session().get(connectionPath).body()).contains("set, last changed");
		assertThat(refused.body()).contains("Base URL must be an http(s) URL");
		assertThat(seen).noneSatisfy((body) -> assertThat(body).contains(CANARY));
		assertThat(pgDump()).contains("connection_secrets").doesNotContain(CANARY);
		assertThat(output.getAll()).doesNotContain(CANARY);
	}

	/** The database as pg_dump sees it, data included. */
	static String pgDump() throws IOException, InterruptedException {
		TestDatabase.Details db = TestDatabase.get();
		URI uri = URI.create(db.url().substring("jdbc:".length()));
		String database = uri.getPath().substring(1);
		ProcessBuilder builder = new ProcessBuilder("pg_dump", "--host", uri.getHost(), "--port",
				String.valueOf(uri.getPort()), "--username", db.username(), "--no-owner", "--data-only", database);
		builder.environment().put("PGPASSWORD", db.password());
		builder.redirectErrorStream(true);
		Process process = builder.start();
		String dump = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(dump.length() > 2000 ? dump.substring(0, 2000) : dump).isZero();
		return dump;
	}

}
