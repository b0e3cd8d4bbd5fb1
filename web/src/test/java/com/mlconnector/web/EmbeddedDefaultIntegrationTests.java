package com.mlconnector.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-command default: with no database configured the application starts its own
 * PostgreSQL, migrates, serves, and keeps its data across restarts. Started like {@code main}
 * does, not through the test database customizer.
 */
class EmbeddedDefaultIntegrationTests {

	@TempDir
	Path workDir;

	@Test
	void startsWithNothingConfiguredAndKeepsDataAcrossRestarts() {
		String email = "embedded-" + System.nanoTime() + "@example.com";
		// given: a first start with no spring.datasource.url
		try (ConfigurableApplicationContext first = start()) {
			int port = portOf(first);
			// then: healthy, and a tenant can sign up
			assertThat(WebSession.api(port, "GET", "/actuator/health", null, null).body()).contains("\"status\":\"UP\"");
			var signup = new WebSession(port).post("/signup", "/signup", java.util.Map.of("companyName", "Embedded Co",
					"adminName", "E", "email", email, "password", TestTenants.PASSWORD));
			assertThat(signup.statusCode()).isEqualTo(302);
		}
		assertThat(Files.isDirectory(workDir.resolve("data/postgres"))).isTrue();
		assertThat(Files.exists(workDir.resolve("data/vault-dev.key"))).isTrue();
		// when: started again on the same data directory
		try (ConfigurableApplicationContext second = start()) {
			// then: the tenant signed up before can sign in
			var login = new WebSession(portOf(second)).login(email, TestTenants.PASSWORD);
			assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
					(location) -> assertThat(location).doesNotContain("error"));
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MlConnectorApplication.class).run("--server.port=0",
				"--mlc.database.embedded-data-dir=" + workDir.resolve("data/postgres"),
				"--mlc.vault.dev-key-file=" + workDir.resolve("data/vault-dev.key"), "--mlc.vault.keys=");
	}

	private static int portOf(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
