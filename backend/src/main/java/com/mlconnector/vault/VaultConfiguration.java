package com.mlconnector.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/** Builds the vault from the configured master keys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VaultProperties.class)
public class VaultConfiguration {

	private static final Logger log = LoggerFactory.getLogger(VaultConfiguration.class);

	@Bean
	CredentialVault credentialVault(VaultProperties properties, Environment environment) {
		String keys = properties.keys();
		if (!StringUtils.hasText(keys)) {
			keys = developmentKey(properties, environment);
		}
		return new CredentialVault(MasterKeys.parse(keys, properties.activeKeyId()));
	}

	@Bean
	KeyRotation keyRotation(CredentialVault vault, JdbcTemplate jdbc, TransactionTemplate transactions) {
		return new KeyRotation(vault, jdbc, transactions);
	}

	/**
	 * The embedded default must start with one command and nothing configured, so it generates a
	 * key next to its data. An external database always needs real keys from the environment.
	 */
	private static String developmentKey(VaultProperties properties, Environment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			throw new VaultException("No vault master keys configured: set MLC_VAULT_KEYS=keyId:base64Key"
					+ " (32 random bytes, e.g. `openssl rand -base64 32`)");
		}
		Path file = Path.of(StringUtils.hasText(properties.devKeyFile()) ? properties.devKeyFile()
				: ".mlc-data/vault-dev.key");
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				Files.writeString(file, "dev:" + Base64.getEncoder().encodeToString(key));
				trySetOwnerOnly(file);
				log.warn("Generated a development vault key in {}; configure MLC_VAULT_KEYS in production", file);
			}
			return Files.readString(file).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create the development vault key " + file, ex);
		}
	}

	private static void trySetOwnerOnly(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (IOException | UnsupportedOperationException ex) {
			log.debug("Could not restrict permissions of {}", file);
		}
	}

}
