package com.mlconnector.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** API tokens: shown once, stored hashed, scoped, revocable, last use recorded; bad tokens get 401. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mlc.platform.token=platform-test-token-0123456789", "mlc.security.tenant-recheck=0s" })
class ApiTokenIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aTokenWorksWithinItsScopesUntilRevoked() {
		TestTenants.SignedIn tenant = TestTenants.signUpAndLogIn(port, "Scoped");
		String token = TestTenants.createToken(tenant.session(), "connections:read", "connections:write");
		// within scope
		assertThat(WebSession.api(port, "GET", "/api/v1/connections", token, null).statusCode()).isEqualTo(200);
		var put = WebSession.api(port, "PUT", "/api/v1/connections/coupa", token, """
				{"displayName":"Coupa","baseUrl":"https://acme.example.com","clientId":"c","scopes":"core.invoice.read","clientSecret":"api-put-secret"}
				""");
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		assertThat(put.body()).contains("\"CLIENT_SECRET\"").doesNotContain("api-put-secret");
		// outside scope
		var forbidden = WebSession.api(port, "GET", "/api/v1/tokens", token, null);
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		// the list page never shows the token again, only its prefix and last use
		String page = tenant.session().get("/tokens").body();
		assertThat(page).doesNotContain(token).contains(token.substring(0, 12));
		assertThat(page).doesNotContain(">never<");
		// revoked: 401
		String id = TenantIsolationIntegrationTests.tokenIdOf(tenant.session());
		tenant.session().post("/tokens", "/tokens/" + id + "/revoke", java.util.Map.of());
		var revoked = WebSession.api(port, "GET", "/api/v1/connections", token, null);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(revoked.body()).contains("malformed, unknown, revoked or expired");
	}

	@Test
	void badTokensAndBadBodiesGetClearErrorsAndChangeNothing() {
		assertThat(WebSession.api(port, "GET", "/api/v1/connections", null, null).statusCode()).isEqualTo(401);
		assertThat(WebSession.api(port, "GET", "/api/v1/connections", "mlc_not-a-real-token", null).statusCode())
			.isEqualTo(401);
		assertThat(WebSession.api(port, "GET", "/api/v1/connections", "garbage with spaces", null).statusCode())
			.isEqualTo(401);
		TestTenants.SignedIn tenant = TestTenants.signUpAndLogIn(port, "Strict");
		String token = TestTenants.createToken(tenant.session(), "connections:read", "connections:write");
		var malformed = WebSession.api(port, "PUT", "/api/v1/connections/coupa", token, "{not json");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		var invalid = WebSession.api(port, "PUT", "/api/v1/connections/coupa", token,
				"{\"displayName\":\"C\",\"baseUrl\":\"ftp://x\",\"clientId\":\"c\",\"scopes\":\"s\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("Base URL must be an http(s) URL");
		assertThat(WebSession.api(port, "GET", "/api/v1/connections", token, null).body()).isEqualTo("[]");
	}

	@Test
	void aSuspendedTenantCanNeitherSignInNorUseItsTokensUntilResumed() {
		String platform = "platform-test-token-0123456789";
		TestTenants.SignedIn tenant = TestTenants.signUpAndLogIn(port, "Suspendable");
		String token = TestTenants.createToken(tenant.session(), "connections:read");
		String tenantId = WebSession.api(port, "GET", "/api/v1/platform/tenants", platform, null)
			.body()
			.replaceAll("(?s).*\\{\"id\":\"([0-9a-f-]{36})\",\"name\":\"Suspendable\".*", "$1");
		// when: the platform operator suspends it
		var suspended = WebSession.api(port, "PATCH", "/api/v1/platform/tenants/" + tenantId, platform,
				"{\"status\":\"SUSPENDED\"}");
		assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
		assertThat(suspended.body()).contains("\"status\":\"SUSPENDED\"");
		// then: its token and its users are refused with clear answers, and the open session ends
		assertThat(WebSession.api(port, "GET", "/api/v1/connections", token, null).statusCode()).isEqualTo(401);
		var open = tenant.session().get("/connections");
		assertThat(open.statusCode()).isEqualTo(302);
		assertThat(open.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login?suspended"));
		WebSession again = new WebSession(port);
		assertThat(again.login(tenant.email(), TestTenants.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("error"));
		assertThat(again.get("/login?error").body()).contains("organisation&#39;s access is suspended");
		// and: resumed, both work again; a bad status is a 400
		assertThat(WebSession.api(port, "PATCH", "/api/v1/platform/tenants/" + tenantId, platform,
				"{\"status\":\"DELETED\"}").statusCode()).isEqualTo(400);
		assertThat(WebSession.api(port, "PATCH", "/api/v1/platform/tenants/" + tenantId, platform,
				"{\"status\":\"ACTIVE\"}").statusCode()).isEqualTo(200);
		assertThat(WebSession.api(port, "GET", "/api/v1/connections", token, null).statusCode()).isEqualTo(200);
		assertThat(new WebSession(port).login(tenant.email(), TestTenants.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void thePlatformTokenAdministersTenantsAndNothingElse() {
		String platform = "platform-test-token-0123456789";
		var created = WebSession.api(port, "POST", "/api/v1/platform/tenants", platform, """
				{"name":"Made by ops","adminName":"Ops","adminEmail":"ops-%s@example.com","adminPassword":"correct horse battery staple"}
				""".formatted(java.util.UUID.randomUUID()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(WebSession.api(port, "GET", "/api/v1/platform/tenants", platform, null).body()).contains("Made by ops");
		assertThat(WebSession.api(port, "GET", "/api/v1/connections", platform, null).statusCode()).isEqualTo(403);
		TestTenants.SignedIn tenant = TestTenants.signUpAndLogIn(port, "Nosy");
		String tenantToken = TestTenants.createToken(tenant.session(), "connections:read", "tokens:manage");
		assertThat(WebSession.api(port, "GET", "/api/v1/platform/tenants", tenantToken, null).statusCode()).isEqualTo(403);
	}

}
