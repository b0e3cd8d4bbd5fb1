package com.mlconnector.connection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mlconnector.audit.AuditTrail;
import com.mlconnector.vault.CredentialVault;
import com.mlconnector.vault.SecretBinding;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's connections to Coupa and Workday. Settings are plain columns; secrets go
 * through the vault, bound to (tenant, connection, field), and are never returned by this class
 * except to the connectors through {@link #credentials(UUID)}.
 */
@Service
public class ConnectionManagement {

	private final ConnectionRepository connections;

	private final JdbcTemplate jdbc;

	private final CredentialVault vault;

	private final AuditTrail audit;

	ConnectionManagement(ConnectionRepository connections, JdbcTemplate jdbc, CredentialVault vault,
			AuditTrail audit) {
		this.connections = connections;
		this.jdbc = jdbc;
		this.vault = vault;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<ConnectionView> list() {
		return connections.findAllByOrderBySystem().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<ConnectionView> find(UUID id) {
		return connections.findById(id).map(this::view);
	}

	@Transactional(readOnly = true)
	public Optional<ConnectionView> find(SystemType system) {
		return connections.findBySystem(system).map(this::view);
	}

	/** Creates or updates the tenant's connection to {@code system}. */
	@Transactional
	public ConnectionView save(SystemType system, ConnectionSettings settings, String actor) {
		ConnectionSettingsValidator.validate(system, settings);
		Connection connection = connections.findBySystem(system)
			.orElseGet(() -> new Connection(UUID.randomUUID(), system));
		boolean created = connection.getTenantId() == null;
		Instant now = Instant.now();
		connection.apply(trimmed(settings), now);
		connection = connections.saveAndFlush(connection);
		for (Map.Entry<SecretField, String> secret : settings.secrets().entrySet()) {
			if (secret.getValue() != null && !secret.getValue().isBlank()) {
				if (!SecretField.of(system).contains(secret.getKey())) {
					throw new ConnectionException(secret.getKey() + " does not apply to " + system);
				}
				storeSecret(connection, secret.getKey(), secret.getValue().trim(), now);
			}
		}
		audit.record(actor, created ? "connection.created" : "connection.updated", "connection",
				connection.getId().toString(), AuditTrail.Outcome.SUCCESS,
				system + " " + settings.baseUrl() + "; secrets changed: " + changedSecrets(settings));
		return view(connection);
	}

	/** Decrypted credentials of a connection, for the connectors only. Never log or show them. */
	@Transactional(readOnly = true)
	public Map<SecretField, String> credentials(UUID connectionId) {
		Connection connection = connections.findById(connectionId)
			.orElseThrow(() -> new ConnectionException("No such connection"));
		Map<SecretField, String> plain = new EnumMap<>(SecretField.class);
		jdbc.query("select field, ciphertext from connection_secrets where connection_id = ?", (rs) -> {
			SecretField field = SecretField.valueOf(rs.getString(1));
			plain.put(field, vault.decrypt(rs.getString(2), binding(connection, field)));
		}, connectionId);
		return plain;
	}

	private void storeSecret(Connection connection, SecretField field, String value, Instant now) {
		String ciphertext = vault.encrypt(value, binding(connection, field));
		jdbc.update("insert into connection_secrets (tenant_id, connection_id, field, ciphertext, key_id, changed_at)"
				+ " values (mlc_current_tenant(), ?, ?, ?, ?, ?) on conflict (tenant_id, connection_id, field)"
				+ " do update set ciphertext = excluded.ciphertext, key_id = excluded.key_id,"
				+ " changed_at = excluded.changed_at", connection.getId(), field.name(), ciphertext,
				CredentialVault.keyIdOf(ciphertext), Timestamp.from(now));
	}

	private static SecretBinding binding(Connection connection, SecretField field) {
		return new SecretBinding(connection.getTenantId(), connection.getId(), field.name());
	}

	private ConnectionView view(Connection connection) {
		Map<SecretField, Instant> changed = new EnumMap<>(SecretField.class);
		jdbc.query("select field, changed_at from connection_secrets where connection_id = ?",
				(rs) -> {
					changed.put(SecretField.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant());
				}, connection.getId());
		return connection.view(changed);
	}

	private static String changedSecrets(ConnectionSettings settings) {
		List<String> names = settings.secrets()
			.entrySet()
			.stream()
			.filter((e) -> e.getValue() != null && !e.getValue().isBlank())
			.map((e) -> e.getKey().name())
			.toList();
		return names.isEmpty() ? "none" : String.join(", ", names);
	}

	private static ConnectionSettings trimmed(ConnectionSettings s) {
		return new ConnectionSettings(trim(s.displayName()), trim(s.baseUrl()), trim(s.clientId()), trim(s.scopes()),
				trim(s.workdayTenant()), trim(s.isuUsername()), trim(s.wsdlVersion()), trim(s.tokenUrl()), Map.of());
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
