package com.mlconnector.sandbox.workday;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.mlconnector.sandbox.SandboxApplication;
import com.mlconnector.sandbox.faults.RequestLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-alone layout (profile sandbox-standalone: both prefixes empty): Workday answers at /ccx/..., its admin
 * API moves to /workday/_admin because Coupa's owns /_admin, and requests land in the Workday log only.
 */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sandbox.workday.path-prefix=", "sandbox.coupa.path-prefix=" })
class WorkdayStandaloneTests {

	@LocalServerPort
	int port;

	@Autowired
	RequestLog log;

	@Test
	void workdayPathsWithoutPrefix() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		this.log.clear("workday");
		this.log.clear("coupa");

		HttpResponse<String> token = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/ccx/oauth2/mlc_demo/token"))
			.header("Authorization", WorkdayOAuthRestTests.basic("mlc-wd-client", "mlc-wd-secret"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=mlc-demo-refresh-token"))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> admin = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/workday/_admin/faults"))
			.header("Authorization", WorkdayOAuthRestTests.basic("sandbox-admin", "sandbox-admin-secret"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(token.statusCode()).isEqualTo(200);
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(this.log.entries("workday")).hasSize(1);
		assertThat(this.log.entries("coupa")).isEmpty();
	}

}
