package com.mlconnector.web;

import java.util.Map;
import java.util.UUID;

import com.mlconnector.tenancy.PlatformScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, log-in and their refusals, over real HTTP against the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignupAndLoginIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void healthIsUp() {
		var health = WebSession.api(port, "GET", "/actuator/health", null, null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void signUpLogInAndSeeTheEmptyDashboard() {
		// given / when
		TestTenants.SignedIn tenant = TestTenants.signUpAndLogIn(port, "Globex");
		// then
		var dashboard = tenant.session().get("/");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Globex").contains("No systems connected yet");
		assertThat(dashboard.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("default-src 'self'").doesNotContain("http"));
	}

	@Test
	void aTakenEmailIsRefusedAndChangesNothing() {
		TestTenants.SignedIn first = TestTenants.signUpAndLogIn(port, "Initech");
		int tenantsBefore = tenantCount();
		// when: someone signs up again with the same e-mail (different case)
		var again = new WebSession(port).post("/signup", "/signup", Map.of("companyName", "Impostor", "adminName", "X",
				"email", first.email().toUpperCase(), "password", TestTenants.PASSWORD));
		// then
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("An account with this e-mail address already exists");
		assertThat(tenantCount()).isEqualTo(tenantsBefore);
	}

	@Test
	void aWeakPasswordIsRefusedAndChangesNothing() {
		int tenantsBefore = tenantCount();
		String email = "weak-" + UUID.randomUUID() + "@example.com";
		var weak = new WebSession(port).post("/signup", "/signup",
				Map.of("companyName", "Weak Co", "adminName", "W", "email", email, "password", "short1"));
		assertThat(weak.body()).contains("Password must be at least 12 characters long").doesNotContain("short1");
		assertThat(tenantCount()).isEqualTo(tenantsBefore);
		assertThat(new WebSession(port).login(email, "short1").headers().firstValue("Location")).hasValueSatisfying(
				(l) -> assertThat(l).contains("error"));
	}

	@Test
	void aBadCsrfTokenIsRefusedAndChangesNothing() {
		int tenantsBefore = tenantCount();
		WebSession session = new WebSession(port);
		session.get("/signup");
		var forged = session.postRaw("/signup", Map.of("_csrf", "forged", "companyName", "Forged", "adminName", "F",
				"email", "forged-" + UUID.randomUUID() + "@example.com", "password", TestTenants.PASSWORD));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(tenantCount()).isEqualTo(tenantsBefore);
	}

	@Test
	void tenWrongPasswordsLockTheAccountWithAClearMessage() {
		TestTenants.SignedIn tenant = TestTenants.signUpAndLogIn(port, "Hooli");
		WebSession attacker = new WebSession(port);
		for (int i = 0; i < 10; i++) {
			var attempt = attacker.login(tenant.email(), "wrong password " + i);
			assertThat(attempt.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).contains("/login?error"));
		}
		// then: the page says the account is locked, and even the right password is refused for now
		assertThat(attacker.get("/login?error").body()).contains("This account is locked");
		WebSession owner = new WebSession(port);
		assertThat(owner.login(tenant.email(), TestTenants.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("error"));
		assertThat(owner.get("/login?error").body()).contains("This account is locked");
	}

	@Test
	void pagesNeedASignedInUser() {
		var anonymous = new WebSession(port).get("/connections");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

	private int tenantCount() {
		return PlatformScope.call(() -> transactions.execute(
				(status) -> jdbc.queryForObject("select count(*) from tenants", Integer.class)));
	}

}
