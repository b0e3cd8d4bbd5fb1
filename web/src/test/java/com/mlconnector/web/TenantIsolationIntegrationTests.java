package com.mlconnector.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Tenant A asking for tenant B's things by id gets 404, in the UI and the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantIsolationIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anotherTenantsConnectionAndTokenAreNotFound() {
		// given: tenant B with a connection and a token; tenant A with a token
		TestTenants.SignedIn a = TestTenants.signUpAndLogIn(port, "Alpha");
		TestTenants.SignedIn b = TestTenants.signUpAndLogIn(port, "Beta");
		String bConnection = saveCoupaConnection(b.session(), "b-secret-value");
		String aToken = TestTenants.createToken(a.session(), "connections:read", "tokens:manage");
		String bToken = TestTenants.createToken(b.session(), "tokens:manage");
		String bTokenId = tokenIdOf(b.session());

		// then: B sees its own connection
		assertThat(b.session().get("/connections/" + bConnection).statusCode()).isEqualTo(200);
		assertThat(WebSession.api(port, "GET", "/api/v1/connections/" + bConnection, bToken, null).statusCode())
			.isEqualTo(403); // B's token lacks connections:read
		// and A gets 404 for B's connection, in the UI and the API
		assertThat(a.session().get("/connections/" + bConnection).statusCode()).isEqualTo(404);
		var apiConnection = WebSession.api(port, "GET", "/api/v1/connections/" + bConnection, aToken, null);
		assertThat(apiConnection.statusCode()).isEqualTo(404);
		assertThat(apiConnection.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		// and for B's token: reading, revoking through the API and through the UI
		assertThat(WebSession.api(port, "GET", "/api/v1/tokens/" + bTokenId, aToken, null).statusCode()).isEqualTo(404);
		assertThat(WebSession.api(port, "DELETE", "/api/v1/tokens/" + bTokenId, aToken, null).statusCode()).isEqualTo(404);
		assertThat(a.session().post("/tokens", "/tokens/" + bTokenId + "/revoke", Map.of()).statusCode()).isEqualTo(404);
		// and B's token still works
		assertThat(WebSession.api(port, "GET", "/api/v1/tokens", bToken, null).statusCode()).isEqualTo(200);
		// and A's list shows only A's connection set (none)
		assertThat(WebSession.api(port, "GET", "/api/v1/connections", aToken, null).body()).isEqualTo("[]");
	}

	static String saveCoupaConnection(WebSession session, String secret) {
		var saved = session.post("/connections/coupa/edit", "/connections/coupa/edit",
				Map.of("displayName", "Coupa", "baseUrl", "https://acme.example.com", "clientId", "client-1", "scopes",
						"core.invoice.read", "clientSecret", secret));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	static String tokenIdOf(WebSession session) {
		Matcher id = Pattern.compile("id=\"token-([0-9a-f-]{36})\"").matcher(session.get("/tokens").body());
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

}
