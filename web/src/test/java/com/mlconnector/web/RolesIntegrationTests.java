package com.mlconnector.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins add users with a role; operators ping; viewers look but change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RolesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void eachRoleCanDoWhatItShouldAndNoMore() {
		// given: an admin with a connection, who adds an operator and a viewer
		TestTenants.SignedIn admin = TestTenants.signUpAndLogIn(port, "Roles Inc");
		String connection = TenantIsolationIntegrationTests.saveCoupaConnection(admin.session(), "roles-secret");
		WebSession operator = addUser(admin, "TENANT_OPERATOR");
		WebSession viewer = addUser(admin, "TENANT_VIEWER");

		// then: the viewer sees the connection but cannot edit, ping, manage users or tokens
		assertThat(viewer.get("/connections/" + connection).statusCode()).isEqualTo(200);
		assertThat(viewer.get("/connections/coupa/edit").statusCode()).isEqualTo(403);
		assertThat(viewer.post("/connections/" + connection, "/connections/" + connection + "/ping", Map.of())
			.statusCode()).isEqualTo(403);
		assertThat(viewer.get("/users").statusCode()).isEqualTo(403);
		assertThat(viewer.get("/tokens").statusCode()).isEqualTo(403);
		assertThat(viewer.post("/connections", "/connections/coupa/edit", Map.of("displayName", "Hijack", "baseUrl",
				"https://evil.example.com", "clientId", "x", "scopes", "s")).statusCode()).isEqualTo(403);
		// and: the operator can ping (the result is stored and shown), but not edit
		assertThat(operator.post("/connections/" + connection, "/connections/" + connection + "/ping", Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(operator.get("/connections/" + connection).body()).contains("data-testid=\"ping-steps\"");
		assertThat(operator.get("/connections/coupa/edit").statusCode()).isEqualTo(403);
		// and: nothing the viewer tried changed the connection
		assertThat(admin.session().get("/connections/" + connection).body()).contains("https://acme.example.com")
			.doesNotContain("evil.example.com");
	}

	@Test
	void aBadNewUserIsRefusedWithAClearMessage() {
		TestTenants.SignedIn admin = TestTenants.signUpAndLogIn(port, "Careful Co");
		var weak = admin.session().post("/users", "/users",
				Map.of("displayName", "Weak", "email", "weak-" + UUID.randomUUID() + "@example.com", "role",
						"TENANT_VIEWER", "password", "short"));
		assertThat(weak.body()).contains("Password must be at least 12 characters long");
		var platform = admin.session().post("/users", "/users", Map.of("displayName", "Sneaky", "email",
				"sneaky-" + UUID.randomUUID() + "@example.com", "role", "PLATFORM_ADMIN", "password", TestTenants.PASSWORD));
		assertThat(platform.body()).contains("Choose one of the roles");
		var taken = admin.session().post("/users", "/users", Map.of("displayName", "Twin", "email", admin.email(),
				"role", "TENANT_VIEWER", "password", TestTenants.PASSWORD));
		assertThat(taken.body()).contains("already exists");
	}

	private WebSession addUser(TestTenants.SignedIn admin, String role) {
		String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
		var added = admin.session().post("/users", "/users",
				Map.of("displayName", role, "email", email, "role", role, "password", TestTenants.PASSWORD));
		assertThat(added.body()).contains("can now sign in");
		WebSession session = new WebSession(port);
		assertThat(session.login(email, TestTenants.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
		return session;
	}

}
