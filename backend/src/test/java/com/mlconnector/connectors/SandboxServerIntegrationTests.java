package com.mlconnector.connectors;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox starts inside the backend's test JVM and answers like Coupa's token endpoint. */
class SandboxServerIntegrationTests {

	@Test
	void sandboxAnswersOverHttp() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(SandboxServer.baseUrl() + "/oauth2/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=nobody&client_secret=x"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("invalid_client");
	}

}
