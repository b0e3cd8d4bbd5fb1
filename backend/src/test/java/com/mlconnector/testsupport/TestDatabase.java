package com.mlconnector.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL every test uses, chosen once per JVM (STYLE §9): the database named by
 * {@code MLC_TEST_DATABASE_URL} when set (CI uses the machine's server), else a Testcontainers
 * container when Docker is available, else an embedded PostgreSQL. Database tests never skip.
 */
public final class TestDatabase {

	/** Connection details of the chosen database; the user owns the schema (Flyway migrates as it). */
	public record Details(String url, String username, String password, String source) {
	}

	private static Details details;

	private TestDatabase() {
	}

	public static synchronized Details get() {
		if (details == null) {
			details = choose();
		}
		return details;
	}

	private static Details choose() {
		String url = System.getenv("MLC_TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			return new Details(url, env("MLC_TEST_DATABASE_USER", "postgres"), env("MLC_TEST_DATABASE_PASSWORD", ""),
					"MLC_TEST_DATABASE_URL");
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new Details(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers");
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
			return new Details(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded PostgreSQL");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
		}
	}

	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is exiting; the temporary data directory is removed with it
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
