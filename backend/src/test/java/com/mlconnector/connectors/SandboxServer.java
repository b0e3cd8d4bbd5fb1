package com.mlconnector.connectors;

import com.mlconnector.sandbox.SandboxApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Coupa and Workday sandboxes, started once per test JVM on a free port, stand-alone (no path
 * prefix), exactly as {@code java -jar mlc-sandbox-*-exec.jar} runs them. Connector tests talk to it
 * over real HTTP.
 */
public final class SandboxServer {

	/**
	 * The sandbox runs beside backend's classpath here (JPA, Flyway, Security, Batch...), which it does
	 * not have when stand-alone; switch those auto-configurations off so it runs as it does alone.
	 */
	private static final String NOT_IN_SANDBOX = String.join(",",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
			"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
			"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
			"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
			"org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
			"org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
			"org.springframework.boot.webservices.autoconfigure.WebServicesAutoConfiguration");

	private static ConfigurableApplicationContext context;

	private SandboxServer() {
	}

	/** Base URL, e.g. {@code http://localhost:54321}; Coupa is at the root, Workday under /ccx. */
	public static synchronized String baseUrl() {
		if (context == null) {
			context = new SpringApplicationBuilder(SandboxApplication.class).profiles("sandbox-standalone")
				.run("--server.port=0", "--spring.main.banner-mode=off", "--spring.autoconfigure.exclude=" + NOT_IN_SANDBOX);
			Runtime.getRuntime().addShutdownHook(new Thread(context::close));
		}
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** The sandbox's own beans (e.g. to read its request log in assertions). */
	public static synchronized ConfigurableApplicationContext context() {
		baseUrl();
		return context;
	}

}
