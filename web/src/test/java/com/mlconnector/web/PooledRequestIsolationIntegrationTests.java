package com.mlconnector.web;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With one pooled connection, every request of tenant A and of tenant B runs on the same database
 * session; B must still never see A's rows (the binding is per transaction, not per session).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.maximum-pool-size=1")
class PooledRequestIsolationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource pool;

	@Test
	void requestsOfTwoTenantsOnOneConnectionNeverMix() {
		assertThat(pool.getMaximumPoolSize()).isEqualTo(1);
		String a = token("Pool A", "https://a.example.com");
		String b = token("Pool B", "https://b.example.com");
		for (int i = 0; i < 5; i++) {
			assertThat(WebSession.api(port, "GET", "/api/v1/connections", a, null).body())
				.contains("https://a.example.com").doesNotContain("https://b.example.com");
			assertThat(WebSession.api(port, "GET", "/api/v1/connections", b, null).body())
				.contains("https://b.example.com").doesNotContain("https://a.example.com");
		}
	}

	private String token(String company, String baseUrl) {
		TestTenants.SignedIn tenant = TestTenants.signUpAndLogIn(port, company);
		String token = TestTenants.createToken(tenant.session(), "connections:read", "connections:write");
		var put = WebSession.api(port, "PUT", "/api/v1/connections/coupa", token, """
				{"displayName":"Coupa","baseUrl":"%s","clientId":"c","scopes":"core.invoice.read","clientSecret":"s-1"}
				""".formatted(baseUrl));
		assertThat(put.statusCode()).isEqualTo(200);
		return token;
	}

}
