package com.mlconnector.vault;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Encrypts and decrypts stored credentials with authenticated encryption. A ciphertext reads
 * {@code mlc1:<keyId>:<base64(iv | AES-GCM(binding NUL secret) | tag)>}: the key id says which master
 * key opens it, and the binding (tenant, owner, field) sealed inside must match the row it is read
 * from.
 */
public class CredentialVault {

	private static final String FORMAT = "mlc1";

	private final MasterKeys keys;

	CredentialVault(MasterKeys keys) {
		this.keys = keys;
	}

	public String encrypt(String secret, SecretBinding binding) {
		if (secret == null || secret.isEmpty()) {
			throw new VaultException("Refusing to store an empty secret");
		}
		String keyId = keys.activeKeyId();
		byte[] plain = (binding.encoded() + '\0' + secret).getBytes(StandardCharsets.UTF_8);
		byte[] sealed = keys.encryptor(keyId).encrypt(plain);
		return FORMAT + ":" + keyId + ":" + Base64.getEncoder().encodeToString(sealed);
	}

	public String decrypt(String ciphertext, SecretBinding binding) {
		String[] parts = (ciphertext != null) ? ciphertext.split(":", 3) : new String[0];
		if (parts.length != 3 || !FORMAT.equals(parts[0])) {
			throw new VaultException("Stored secret is not in the vault's format");
		}
		byte[] plain;
		try {
			plain = keys.encryptor(parts[1]).decrypt(Base64.getDecoder().decode(parts[2]));
		}
		catch (VaultException ex) {
			throw ex;
		}
		catch (Exception ex) {
			// jasypt rethrows the cipher's AEADBadTagException unchecked; never echo its detail
			throw new VaultException("Stored secret failed its integrity check (tampered, or encrypted under"
					+ " another key)");
		}
		String text = new String(plain, StandardCharsets.UTF_8);
		int separator = text.indexOf('\0');
		if (separator < 0 || !text.substring(0, separator).equals(binding.encoded())) {
			throw new VaultException("Stored secret belongs to another tenant, record or field; it was not"
					+ " written for this one");
		}
		return text.substring(separator + 1);
	}

	/** The key id a ciphertext was sealed with, read without decrypting. */
	public static String keyIdOf(String ciphertext) {
		String[] parts = ciphertext.split(":", 3);
		return (parts.length == 3) ? parts[1] : "";
	}

	public String activeKeyId() {
		return keys.activeKeyId();
	}

}
