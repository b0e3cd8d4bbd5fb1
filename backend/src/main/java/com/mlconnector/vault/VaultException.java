package com.mlconnector.vault;

/**
 * A secret could not be encrypted or decrypted. The message names the tenant-neutral reason (unknown
 * key, tampered or misplaced ciphertext) and never contains the secret or the key.
 */
public class VaultException extends RuntimeException {

	public VaultException(String message) {
		super(message);
	}

}
