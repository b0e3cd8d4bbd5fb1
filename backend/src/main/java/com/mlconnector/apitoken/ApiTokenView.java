package com.mlconnector.apitoken;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An API token as listed: never the token itself, only its first characters. */
public record ApiTokenView(UUID id, String name, String prefix, Set<ApiScope> scopes, Instant createdAt,
		Instant lastUsedAt, Instant expiresAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
	}

}
