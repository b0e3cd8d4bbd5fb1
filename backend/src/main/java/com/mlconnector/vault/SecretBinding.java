package com.mlconnector.vault;

import java.util.UUID;

/**
 * Where a secret belongs: its tenant, owning record and field. The binding is sealed inside the
 * authenticated ciphertext, so a ciphertext copied onto another tenant's row or another field
 * fails to decrypt.
 */
public record SecretBinding(UUID tenantId, UUID ownerId, String field) {

	String encoded() {
		return tenantId + "/" + ownerId + "/" + field;
	}

}
