package com.mlconnector.user;

import java.time.Instant;
import java.util.UUID;

/**
 * What sign-in needs to know about the user behind an e-mail address; {@code tenantActive} is false
 * when the platform operator has suspended the user's organisation.
 */
public record LoginIdentity(UUID tenantId, UUID userId, String email, String displayName, String passwordHash,
		Role role, boolean enabled, boolean tenantActive, Instant lockedUntil) {

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
