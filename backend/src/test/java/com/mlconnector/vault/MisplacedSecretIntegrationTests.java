package com.mlconnector.vault;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

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
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Someone with database access copies tenant A's encrypted secret onto tenant B's row: B's
 * credentials then fail to decrypt with a clear error instead of handing out A's secret.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class MisplacedSecretIntegrationTests {

	@Autowired
	TenantManagement tenants;

	@Autowired
	ConnectionManagement connections;

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Test
	void aCiphertextCopiedOntoAnotherTenantsRowFailsToDecrypt() {
		UUID a = signUp("copy-a");
		UUID b = signUp("copy-b");
		ConnectionView aCoupa = TenantContext.callAs(a, () -> save("secret-of-tenant-a"));
		ConnectionView bCoupa = TenantContext.callAs(b, () -> save("secret-of-tenant-b"));
		// when: the owner (bypassing RLS as a superuser or table owner would) copies A's ciphertext onto B's row
		JdbcTemplate owner = new JdbcTemplate(ownerDataSource);
		String aCiphertext = owner.queryForObject(
				"select ciphertext from connection_secrets where connection_id = ? and field = 'CLIENT_SECRET'",
				String.class, aCoupa.id());
		String bCiphertext = owner.queryForObject(
				"select ciphertext from connection_secrets where connection_id = ? and field = 'CLIENT_SECRET'",
				String.class, bCoupa.id());
		owner.update("update connection_secrets set ciphertext = ? where connection_id = ? and field = 'CLIENT_SECRET'",
				aCiphertext, bCoupa.id());
		try {
			// then: B cannot read A's secret; A still can
			assertThatThrownBy(() -> TenantContext.callAs(b, () -> connections.credentials(bCoupa.id())))
				.isInstanceOf(VaultException.class)
				.hasMessageContaining("belongs to another tenant, record or field")
				.hasMessageNotContaining("secret-of-tenant-a");
			assertThat(TenantContext.callAs(a, () -> connections.credentials(aCoupa.id())))
				.containsEntry(SecretField.CLIENT_SECRET, "secret-of-tenant-a");
		}
		finally {
			// put B's own secret back: other tests share this database (key rotation expects no broken secret)
			owner.update("update connection_secrets set ciphertext = ? where connection_id = ? and field = 'CLIENT_SECRET'",
					bCiphertext, bCoupa.id());
		}
	}

	private ConnectionView save(String secret) {
		return connections.save(SystemType.COUPA, new ConnectionSettings("Coupa", "https://c.example.com", "client",
				"core.invoice.read", null, null, null, null, Map.of(SecretField.CLIENT_SECRET, secret)), "test");
	}

	private UUID signUp(String name) {
		return tenants.signUp(new SignupRequest(name, name, name + "-" + UUID.randomUUID() + "@example.com",
				"correct horse battery staple")).tenantId();
	}

}
