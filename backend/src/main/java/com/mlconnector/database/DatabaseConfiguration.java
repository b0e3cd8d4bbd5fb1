package com.mlconnector.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

/**
 * Two data sources over one database: Flyway's, logged in as the table owner, and the
 * application's pool, which switches to the non-owner role {@code mlc_app} on every new connection
 * so that row-level security applies to everything the application does. With no
 * {@code spring.datasource.url} an embedded PostgreSQL is started.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DatabaseProperties.class, DataSourceProperties.class })
public class DatabaseConfiguration {

	@Bean
	@Conditional(NoDatasourceUrlCondition.class)
	EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
		return EmbeddedDatabase.start(properties.embeddedDataDir(), properties.embeddedPort());
	}

	@Bean
	@Primary
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DataSourceProperties dataSource, DatabaseProperties database,
			ObjectProvider<EmbeddedDatabase> embedded) {
		HikariDataSource pool = ownerLogin(dataSource, embedded).initializeDataSourceBuilder()
			.type(HikariDataSource.class)
			.build();
		pool.setPoolName("mlc-app");
		if (StringUtils.hasText(database.appRole())) {
			pool.setConnectionInitSql("SET ROLE " + quoteIdentifier(database.appRole()));
		}
		return pool;
	}

	@Bean
	@FlywayDataSource
	DataSource flywayDataSource(DataSourceProperties dataSource, DatabaseProperties database,
			ObjectProvider<EmbeddedDatabase> embedded) {
		DataSourceProperties owner = ownerLogin(dataSource, embedded);
		if (StringUtils.hasText(database.ownerUsername())) {
			owner.setUsername(database.ownerUsername());
			owner.setPassword(database.ownerPassword());
		}
		HikariDataSource pool = owner.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		pool.setPoolName("mlc-migrate");
		pool.setMaximumPoolSize(2);
		pool.setMinimumIdle(0);
		return pool;
	}

	private static DataSourceProperties ownerLogin(DataSourceProperties configured,
			ObjectProvider<EmbeddedDatabase> embedded) {
		DataSourceProperties login = new DataSourceProperties();
		EmbeddedDatabase database = embedded.getIfAvailable();
		if (database != null) {
			login.setUrl(database.jdbcUrl());
			login.setUsername(database.username());
		}
		else {
			login.setUrl(configured.getUrl());
			login.setUsername(configured.getUsername());
			login.setPassword(configured.getPassword());
		}
		login.setDriverClassName("org.postgresql.Driver");
		return login;
	}

	private static String quoteIdentifier(String identifier) {
		if (!identifier.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException("mlc.database.app-role is not a plain role name: " + identifier);
		}
		return identifier;
	}

}
