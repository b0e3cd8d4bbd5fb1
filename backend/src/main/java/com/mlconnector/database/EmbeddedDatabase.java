package com.mlconnector.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * A real PostgreSQL started in-process when no database is configured: the one-command default.
 * Data lives under {@code mlc.database.embedded-data-dir} and survives restarts.
 */
public final class EmbeddedDatabase implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedDatabase start(Path dataDir, int port) {
		try {
			Files.createDirectories(dataDir);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir.toAbsolutePath())
				.setCleanDataDirectory(false);
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
					dataDir.toAbsolutePath());
			return new EmbeddedDatabase(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	public String username() {
		return "postgres";
	}

	@Override
	public void destroy() throws IOException {
		postgres.close();
	}

}
