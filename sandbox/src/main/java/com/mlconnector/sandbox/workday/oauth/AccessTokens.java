package com.mlconnector.sandbox.workday.oauth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Issued access tokens and their expiry. Tokens are opaque random strings, as Workday's are to the client. */
@Component("workdaySandboxAccessTokens")
public class AccessTokens {

	/** What a token grants: the API client, the tenant, and when it stops working. */
	public record Grant(String clientId, String tenant, Instant expiresAt) {
	}

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Grant> tokens = new ConcurrentHashMap<>();

	public String issue(String clientId, String tenant, Duration ttl) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.put(token, new Grant(clientId, tenant, Instant.now().plus(ttl)));
		return token;
	}

	/** The grant of a live token for the tenant; empty when unknown, expired or for another tenant. */
	public Optional<Grant> validate(String token, String tenant) {
		if (token == null) {
			return Optional.empty();
		}
		Grant grant = this.tokens.get(token);
		if (grant == null || !grant.tenant().equals(tenant)) {
			return Optional.empty();
		}
		if (!Instant.now().isBefore(grant.expiresAt())) {
			this.tokens.remove(token);
			return Optional.empty();
		}
		return Optional.of(grant);
	}

	/** Reads {@code Authorization: Bearer <token>}; null when the header is absent or of another scheme. */
	public static String bearer(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return authorization.substring(7).trim();
	}

	/** Makes every issued token expire now (admin action, to test a client's re-authentication). */
	public void expireAll() {
		this.tokens.replaceAll((token, grant) -> new Grant(grant.clientId(), grant.tenant(), Instant.EPOCH));
	}

	public void clear() {
		this.tokens.clear();
	}

}
