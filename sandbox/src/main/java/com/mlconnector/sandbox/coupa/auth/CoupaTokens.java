package com.mlconnector.sandbox.coupa.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Issued access tokens (opaque here; Coupa's are JWTs, which clients must not parse anyway). */
@Component("coupaSandboxTokens")
public class CoupaTokens {

	/** What a token grants, until when. */
	public record Grant(String clientId, Set<String> scopes, Instant expiresAt) {
	}

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Grant> grants = new ConcurrentHashMap<>();

	public String issue(String clientId, Set<String> scopes, Duration ttl) {
		byte[] bytes = new byte[48];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now();
		this.grants.values().removeIf((g) -> g.expiresAt().isBefore(now));
		this.grants.put(token, new Grant(clientId, Set.copyOf(scopes), now.plus(ttl)));
		return token;
	}

	/** The grant of a token; empty when unknown. Expired grants are returned so callers can say so. */
	public Optional<Grant> find(String token) {
		return Optional.ofNullable((token != null) ? this.grants.get(token) : null);
	}

	public void clear() {
		this.grants.clear();
	}

}
