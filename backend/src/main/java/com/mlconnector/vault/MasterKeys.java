package com.mlconnector.vault;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.ulisesbocchio.jasyptspringboot.encryptor.SimpleGCMByteEncryptor;
import com.ulisesbocchio.jasyptspringboot.encryptor.SimpleGCMConfig;

/**
 * The configured master keys, each wrapped in jasypt's AES-256-GCM encryptor (random 12-byte IV per
 * encryption, 128-bit tag).
 */
final class MasterKeys {

	private final Map<String, SimpleGCMByteEncryptor> encryptors;

	private final String activeKeyId;

	private MasterKeys(Map<String, SimpleGCMByteEncryptor> encryptors, String activeKeyId) {
		this.encryptors = encryptors;
		this.activeKeyId = activeKeyId;
	}

	static MasterKeys parse(String spec, String activeKeyId) {
		if (spec == null || spec.isBlank()) {
			throw new VaultException("No vault master keys configured (set MLC_VAULT_KEYS=keyId:base64Key)");
		}
		Map<String, SimpleGCMByteEncryptor> encryptors = new LinkedHashMap<>();
		String last = null;
		for (String entry : spec.split(",")) {
			String trimmed = entry.trim();
			int colon = trimmed.indexOf(':');
			if (colon < 1) {
				throw new VaultException("Vault key entries must look like keyId:base64Key");
			}
			String id = trimmed.substring(0, colon);
			if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
				throw new VaultException("Vault key id must be 1-32 letters, digits, '-' or '_'");
			}
			encryptors.put(id, encryptor(id, trimmed.substring(colon + 1)));
			last = id;
		}
		String active = (activeKeyId == null || activeKeyId.isBlank()) ? last : activeKeyId;
		if (!encryptors.containsKey(active)) {
			throw new VaultException("Active vault key '" + active + "' is not among the configured keys");
		}
		return new MasterKeys(Collections.unmodifiableMap(encryptors), active);
	}

	private static SimpleGCMByteEncryptor encryptor(String id, String base64Key) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64Key);
		}
		catch (IllegalArgumentException ex) {
			throw new VaultException("Vault key '" + id + "' is not valid base64");
		}
		if (key.length != 32) {
			throw new VaultException("Vault key '" + id + "' must be 32 bytes (AES-256), got " + key.length);
		}
		SimpleGCMConfig config = new SimpleGCMConfig();
		config.setSecretKey(base64Key);
		return new SimpleGCMByteEncryptor(config);
	}

	String activeKeyId() {
		return activeKeyId;
	}

	Set<String> keyIds() {
		return encryptors.keySet();
	}

	SimpleGCMByteEncryptor encryptor(String keyId) {
		SimpleGCMByteEncryptor encryptor = encryptors.get(keyId);
		if (encryptor == null) {
			throw new VaultException("Secret was encrypted with vault key '" + keyId
					+ "', which is not configured; add it back to MLC_VAULT_KEYS");
		}
		return encryptor;
	}

}
