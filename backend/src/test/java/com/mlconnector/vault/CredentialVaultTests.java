package com.mlconnector.vault;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialVaultTests {

	static final String KEY_A = "a:" + java.util.Base64.getEncoder().encodeToString(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8,
			9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32 });

	static final String KEY_B = "b:" + java.util.Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	final SecretBinding binding = new SecretBinding(UUID.randomUUID(), UUID.randomUUID(), "CLIENT_SECRET");

	@Test
	void roundTripsAndNamesTheKeyInTheCiphertext() {
		CredentialVault vault = new CredentialVault(MasterKeys.parse(KEY_A, null));
		String sealed = vault.encrypt("s3cr3t-value", binding);
		assertThat(sealed).startsWith("mlc1:a:").doesNotContain("s3cr3t");
		assertThat(vault.decrypt(sealed, binding)).isEqualTo("s3cr3t-value");
	}

	@Test
	void theSameSecretTwiceGivesTwoCiphertexts() {
		CredentialVault vault = new CredentialVault(MasterKeys.parse(KEY_A, null));
		assertThat(vault.encrypt("same", binding)).isNotEqualTo(vault.encrypt("same", binding));
	}

	@Test
	void aCiphertextOnAnotherTenantsRowFailsWithAClearError() {
		CredentialVault vault = new CredentialVault(MasterKeys.parse(KEY_A, null));
		String sealed = vault.encrypt("s3cr3t-value", binding);
		SecretBinding otherTenant = new SecretBinding(UUID.randomUUID(), binding.ownerId(), binding.field());
		SecretBinding otherField = new SecretBinding(binding.tenantId(), binding.ownerId(), "ISU_PASSWORD");
		assertThatThrownBy(() -> vault.decrypt(sealed, otherTenant)).isInstanceOf(VaultException.class)
			.hasMessageContaining("belongs to another tenant, record or field")
			.hasMessageNotContaining("s3cr3t");
		assertThatThrownBy(() -> vault.decrypt(sealed, otherField)).isInstanceOf(VaultException.class);
	}

	@Test
	void aTamperedCiphertextFailsItsIntegrityCheck() {
		CredentialVault vault = new CredentialVault(MasterKeys.parse(KEY_A, null));
		String sealed = vault.encrypt("s3cr3t-value", binding);
		char[] chars = sealed.toCharArray();
		int i = chars.length - 5;
		chars[i] = (chars[i] == 'A') ? 'B' : 'A';
		assertThatThrownBy(() -> vault.decrypt(new String(chars), binding)).isInstanceOf(VaultException.class)
			.hasMessageContaining("integrity check");
	}

	@Test
	void aCiphertextUnderARemovedKeyNamesTheMissingKey() {
		String sealed = new CredentialVault(MasterKeys.parse(KEY_A, null)).encrypt("x-secret", binding);
		CredentialVault onlyB = new CredentialVault(MasterKeys.parse(KEY_B, null));
		assertThatThrownBy(() -> onlyB.decrypt(sealed, binding)).hasMessageContaining("vault key 'a'");
	}

	@Test
	void newSecretsUseTheActiveKeyAndOldOnesStillOpen() {
		String sealedUnderA = new CredentialVault(MasterKeys.parse(KEY_A, null)).encrypt("x-secret", binding);
		CredentialVault both = new CredentialVault(MasterKeys.parse(KEY_A + "," + KEY_B, "b"));
		assertThat(both.encrypt("y", binding)).startsWith("mlc1:b:");
		assertThat(both.decrypt(sealedUnderA, binding)).isEqualTo("x-secret");
	}

	@Test
	void badKeyConfigurationIsRefusedWithoutEchoingTheKey() {
		assertThatThrownBy(() -> MasterKeys.parse("k:c2hvcnQ=", null)).hasMessageContaining("must be 32 bytes")
			.hasMessageNotContaining("c2hvcnQ");
		assertThatThrownBy(() -> MasterKeys.parse(KEY_A, "zzz")).hasMessageContaining("'zzz' is not among");
		assertThatThrownBy(() -> MasterKeys.parse("", null)).hasMessageContaining("MLC_VAULT_KEYS");
	}

}
