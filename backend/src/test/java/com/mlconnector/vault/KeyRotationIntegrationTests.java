package com.mlconnector.vault;

import java.util.Map;
import java.util.UUID;

import com.mlconnector.BackendTestApplication;
import com.mlconnector.connection.ConnectionManagement;
import com.mlconnector.connection.ConnectionSettings;
import com.mlconnector.connection.ConnectionView;
import com.mlconnector.connection.SecretField;
import com.mlconnector.connection.SystemType;
import com.mlconnector.tenancy.TenantContext;
import com.mlconnector.tenant.SignupRequest;
import com.mlconnector.tenant.TenantManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotation against the real database: secrets written under the old key are re-encrypted under
 * the new one, and then open with the old key removed from the configuration.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class KeyRotationIntegrationTests {

	static final String OLD = CredentialVaultTests.KEY_A;

	static final String NEW = CredentialVaultTests.KEY_B;

	@Autowired
	TenantManagement tenants;

	@Autowired
	ConnectionManagement connections;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void rotationMovesEverySecretToTheNewKey() throws Exception {
		// given: a tenant whose Coupa secret was stored under the key of this context (the test key)
		UUID tenant = tenants.signUp(new SignupRequest("Rotating Co", "Ro Tate",
				"rotate-" + UUID.randomUUID() + "@example.com", "correct horse battery staple"))
			.tenantId();
		ConnectionView coupa = TenantContext.callAs(tenant, () -> connections.save(SystemType.COUPA,
				new ConnectionSettings("Coupa", "https://acme.example.com", "client", "core.invoice.read", null, null,
						null, null, Map.of(SecretField.CLIENT_SECRET, "rotate-me-secret")),
				"test"));
		String testKeys = com.mlconnector.testsupport.TestDatabaseContextCustomizerFactory.TEST_VAULT_KEYS;
		// when: rotating to a new key while the old one is still configured
		CredentialVault rotatingVault = new CredentialVault(MasterKeys.parse(testKeys + "," + NEW, "b"));
		KeyRotation.Report report = new KeyRotation(rotatingVault, jdbc, transactions).rotate();
		// then: counts add up, this tenant's secret is on key b, and it opens with only key b
		assertThat(report.failed()).isZero();
		assertThat(report.secrets()).isEqualTo(report.reEncrypted() + report.alreadyCurrent());
		assertThat(report.reEncrypted()).isGreaterThanOrEqualTo(1);
		String stored = TenantContext.callAs(tenant, () -> transactions.execute((s) -> jdbc.queryForObject(
				"select ciphertext from connection_secrets where connection_id = ?", String.class, coupa.id())));
		assertThat(CredentialVault.keyIdOf(stored)).isEqualTo("b");
		CredentialVault onlyNew = new CredentialVault(MasterKeys.parse(NEW, null));
		assertThat(onlyNew.decrypt(stored, new SecretBinding(tenant, coupa.id(), "CLIENT_SECRET")))
			.isEqualTo("rotate-me-secret");
		// and a second run has nothing left to do
		assertThat(new KeyRotation(rotatingVault, jdbc, transactions).rotate().reEncrypted()).isZero();
		// finally: rotate back, since other tests share this database and know only the test key
		CredentialVault back = new CredentialVault(MasterKeys.parse(NEW + "," + testKeys, "test1"));
		assertThat(new KeyRotation(back, jdbc, transactions).rotate().failed()).isZero();
	}

}
