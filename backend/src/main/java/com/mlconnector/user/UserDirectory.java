package com.mlconnector.user;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.mlconnector.audit.AuditTrail;
import com.mlconnector.tenancy.LookupKeys;
import com.mlconnector.tenancy.TenantContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in support: finds the user behind an e-mail address through the narrow log-in door of
 * row-level security, and counts failed attempts. After {@link #MAX_FAILURES} failures in a row the
 * account is locked for {@link #LOCK_DURATION}; each lock and unlock is audited.
 */
@Component
public class UserDirectory {

	public static final int MAX_FAILURES = 5;

	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final Clock clock;

	UserDirectory(JdbcTemplate jdbc, TransactionTemplate transactions, AuditTrail audit, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Optional<LoginIdentity> findByEmail(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		List<LoginIdentity> found = LookupKeys.callWithLoginEmail(email.trim(),
				() -> transactions.execute((status) -> jdbc.query(
						"select tenant_id, id, email, display_name, password_hash, role, enabled, locked_until"
								+ " from users where lower(email) = lower(?)",
						(rs, row) -> new LoginIdentity(rs.getObject(1, java.util.UUID.class),
								rs.getObject(2, java.util.UUID.class), rs.getString(3), rs.getString(4),
								rs.getString(5), Role.valueOf(rs.getString(6)), rs.getBoolean(7), true,
								toInstant(rs.getTimestamp(8))),
						email.trim())));
		return found.stream().findFirst().map(this::withTenantStatus);
	}

	/** The user's tenant row is visible only with that tenant bound, so read its status as the tenant. */
	private LoginIdentity withTenantStatus(LoginIdentity identity) {
		Boolean active = TenantContext.callAs(identity.tenantId(), () -> transactions.execute((status) -> jdbc
			.queryForObject("select status = 'ACTIVE' from tenants where id = mlc_current_tenant()", Boolean.class)));
		return new LoginIdentity(identity.tenantId(), identity.userId(), identity.email(), identity.displayName(),
				identity.passwordHash(), identity.role(), identity.enabled(), Boolean.TRUE.equals(active),
				identity.lockedUntil());
	}

	public void recordFailure(LoginIdentity identity) {
		TenantContext.runAs(identity.tenantId(), () -> transactions.executeWithoutResult((status) -> {
			Integer failures = jdbc.queryForObject(
					"update users set failed_logins = failed_logins + 1 where id = ? returning failed_logins",
					Integer.class, identity.userId());
			audit.record(identity.email(), "user.login", "user", identity.userId().toString(),
					AuditTrail.Outcome.FAILURE, "wrong password (" + failures + " in a row)");
			if (failures != null && failures >= MAX_FAILURES) {
				jdbc.update("update users set locked_until = ?, failed_logins = 0 where id = ?",
						Timestamp.from(clock.instant().plus(LOCK_DURATION)), identity.userId());
				audit.record(identity.email(), "user.locked", "user", identity.userId().toString(),
						AuditTrail.Outcome.FAILURE,
						"locked for " + LOCK_DURATION.toMinutes() + " minutes after " + failures + " failed log-ins");
			}
		}));
	}

	public void recordSuccess(LoginIdentity identity) {
		TenantContext.runAs(identity.tenantId(), () -> transactions.executeWithoutResult((status) -> {
			jdbc.update("update users set failed_logins = 0, locked_until = null, last_login_at = ? where id = ?",
					Timestamp.from(clock.instant()), identity.userId());
			audit.record(identity.email(), "user.login", "user", identity.userId().toString(),
					AuditTrail.Outcome.SUCCESS, null);
		}));
	}

	private static Instant toInstant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
