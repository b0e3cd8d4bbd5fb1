package com.mlconnector.vault;

import java.util.List;
import java.util.UUID;

import com.mlconnector.tenancy.PlatformScope;
import com.mlconnector.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every stored secret under the active key, tenant by tenant (each tenant in its own
 * transaction, under its own row-level security binding). After a run with no failures, the old
 * keys can be removed from the configuration.
 */
public class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private final CredentialVault vault;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	KeyRotation(CredentialVault vault, JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.vault = vault;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Counts of one rotation run. */
	public record Report(int tenants, int secrets, int reEncrypted, int alreadyCurrent, int failed) {
	}

	private record StoredSecret(UUID connectionId, String field, String ciphertext) {
	}

	public Report rotate() {
		List<UUID> tenantIds = PlatformScope.call(() -> transactions
			.execute((status) -> jdbc.queryForList("select id from tenants order by created_at", UUID.class)));
		int secrets = 0;
		int reEncrypted = 0;
		int current = 0;
		int failed = 0;
		for (UUID tenantId : tenantIds) {
			Report tenant = TenantContext.callAs(tenantId, () -> transactions.execute((status) -> rotateTenant(tenantId)));
			secrets += tenant.secrets();
			reEncrypted += tenant.reEncrypted();
			current += tenant.alreadyCurrent();
			failed += tenant.failed();
		}
		Report report = new Report(tenantIds.size(), secrets, reEncrypted, current, failed);
		log.info("Vault key rotation to key '{}': {}", vault.activeKeyId(), report);
		return report;
	}

	private Report rotateTenant(UUID tenantId) {
		List<StoredSecret> stored = jdbc.query(
				"select connection_id, field, ciphertext from connection_secrets order by connection_id, field",
				(rs, row) -> new StoredSecret(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
		int reEncrypted = 0;
		int current = 0;
		int failed = 0;
		for (StoredSecret secret : stored) {
			if (vault.activeKeyId().equals(CredentialVault.keyIdOf(secret.ciphertext()))) {
				current++;
				continue;
			}
			SecretBinding binding = new SecretBinding(tenantId, secret.connectionId(), secret.field());
			try {
				String rotated = vault.encrypt(vault.decrypt(secret.ciphertext(), binding), binding);
				jdbc.update("update connection_secrets set ciphertext = ?, key_id = ? where connection_id = ? and field = ?",
						rotated, vault.activeKeyId(), secret.connectionId(), secret.field());
				reEncrypted++;
			}
			catch (VaultException ex) {
				log.warn("Could not rotate secret {} of connection {} in tenant {}: {}", secret.field(),
						secret.connectionId(), tenantId, ex.getMessage());
				failed++;
			}
		}
		return new Report(1, stored.size(), reEncrypted, current, failed);
	}

}
