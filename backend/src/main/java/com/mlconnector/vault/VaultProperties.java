package com.mlconnector.vault;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Master keys of the credential vault. Never put keys in the repository: set them from the
 * environment or a Kubernetes Secret.
 *
 * @param keys comma-separated {@code keyId:base64Key} pairs, each key 32 random bytes (AES-256),
 * e.g. {@code MLC_VAULT_KEYS=k2026a:3q2+7w==...}; old keys stay listed until rotation has moved
 * every secret off them
 * @param activeKeyId the key new secrets are encrypted with (defaults to the last key listed)
 * @param devKeyFile where a development key is generated and kept when no keys are configured and
 * the embedded database is in use; never used with an external database
 */
@ConfigurationProperties("mlc.vault")
public record VaultProperties(String keys, String activeKeyId, String devKeyFile) {

}
