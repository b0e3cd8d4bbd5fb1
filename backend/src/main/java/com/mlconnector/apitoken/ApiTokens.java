package com.mlconnector.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.mlconnector.audit.AuditTrail;
import com.mlconnector.tenancy.LookupKeys;
import com.mlconnector.tenancy.TenantContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API tokens of the current tenant: created by a tenant admin and shown once, stored as a SHA-256
 * hash (the token carries 256 random bits, so a slow hash adds nothing), scoped, revocable, with
 * the time of last use.
 */
@Service
public class ApiTokens {

	static final String TOKEN_PREFIX = "mlc_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	ApiTokens(JdbcTemplate jdbc, TransactionTemplate transactions, AuditTrail audit) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
	}

	/** A token just created; {@link #token()} is the only time the secret is available. */
	public record CreatedToken(ApiTokenView view, String token) {

		@Override
		public String toString() {
			return "CreatedToken[" + view + "]";
		}

	}

	@Transactional
	public CreatedToken create(String name, Set<ApiScope> scopes, UUID createdBy, String actor) {
		if (name == null || name.isBlank() || name.trim().length() > 100) {
			throw new ApiTokenException("Give the token a name of 1 to 100 characters");
		}
		if (scopes.isEmpty()) {
			throw new ApiTokenException("Choose at least one scope");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		UUID id = UUID.randomUUID();
		jdbc.update("insert into api_tokens (tenant_id, id, name, token_prefix, token_hash, scopes, created_by)"
				+ " values (mlc_current_tenant(), ?, ?, ?, ?, ?, ?)", id, name.trim(), token.substring(0, 12),
				hash(token), ApiScope.format(scopes), createdBy);
		audit.record(actor, "api_token.created", "api_token", id.toString(), AuditTrail.Outcome.SUCCESS,
				name.trim() + " [" + ApiScope.format(scopes) + "]");
		return new CreatedToken(find(id).orElseThrow(), token);
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> list() {
		return jdbc.query(SELECT + " order by created_at desc", this::view);
	}

	@Transactional(readOnly = true)
	public Optional<ApiTokenView> find(UUID id) {
		return jdbc.query(SELECT + " where id = ?", this::view, id).stream().findFirst();
	}

	/** Revokes a token of the current tenant; false when no such token is visible. */
	@Transactional
	public boolean revoke(UUID id, String actor) {
		int updated = jdbc.update("update api_tokens set revoked_at = coalesce(revoked_at, now()) where id = ?", id);
		if (updated == 1) {
			audit.record(actor, "api_token.revoked", "api_token", id.toString(), AuditTrail.Outcome.SUCCESS, null);
		}
		return updated == 1;
	}

	/**
	 * Checks a presented token: known, not revoked, not expired. Records the time of use. Works
	 * before any tenant is bound (the lookup goes through the token-hash door of row-level security).
	 */
	public Optional<AuthenticatedToken> authenticate(String presented) {
		if (presented == null || !presented.startsWith(TOKEN_PREFIX) || presented.length() > 100) {
			return Optional.empty();
		}
		String hash = hash(presented);
		Optional<AuthenticatedToken> found = LookupKeys.callWithTokenHash(hash,
				() -> transactions.execute((status) -> jdbc.query(
						"select tenant_id, id, name, scopes from api_tokens where token_hash = ?"
								+ " and revoked_at is null and (expires_at is null or expires_at > now())",
						(rs, row) -> new AuthenticatedToken(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
								rs.getString(3), ApiScope.parse(rs.getString(4))),
						hash)))
			.stream()
			.findFirst();
		// a token of a suspended tenant is refused like an unknown one; the check and the last-use stamp are one
		// statement, run as the token's tenant (its tenant row is visible only then)
		return found.filter((token) -> TenantContext.callAs(token.tenantId(), () -> transactions.execute(
				(status) -> jdbc.update("update api_tokens set last_used_at = now() where id = ? and exists"
						+ " (select 1 from tenants where id = mlc_current_tenant() and status = 'ACTIVE')",
						token.tokenId()) == 1)));
	}



	private static final String SELECT = "select id, name, token_prefix, scopes, created_at, last_used_at,"
			+ " expires_at, revoked_at from api_tokens";

	private ApiTokenView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ApiTokenView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
				ApiScope.parse(rs.getString(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
				instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
