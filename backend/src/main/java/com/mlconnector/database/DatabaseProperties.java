package com.mlconnector.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings beyond {@code spring.datasource.*}.
 *
 * @param appRole role the pool switches to with {@code SET ROLE} on every new connection (non-owner,
 * no BYPASSRLS; created by migration V0001). Empty when the login role already is such a role.
 * @param ownerUsername role Flyway migrates as (the owner of the tables); defaults to
 * {@code spring.datasource.username}
 * @param ownerPassword password of {@link #ownerUsername}; defaults to
 * {@code spring.datasource.password}
 * @param embeddedDataDir where the embedded PostgreSQL keeps its data when no
 * {@code spring.datasource.url} is configured; survives restarts
 * @param embeddedPort port of the embedded PostgreSQL (0 picks a free one)
 */
@ConfigurationProperties("mlc.database")
record DatabaseProperties(@DefaultValue("mlc_app") String appRole, String ownerUsername, String ownerPassword,
		@DefaultValue(".mlc-data/postgres") Path embeddedDataDir, @DefaultValue("0") int embeddedPort) {

}
