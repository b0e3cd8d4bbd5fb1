package com.mlconnector.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The tenant bound to the current thread. It is bound once at the edge (login session, API token,
 * webhook key, job parameter) and read by the tenancy module only: the transaction manager copies
 * it into the database session, Hibernate reads it for {@code @TenantId}. Feature code never reads
 * or passes tenant ids by hand.
 */
public final class TenantContext {

	private static final ThreadBinding<UUID> CURRENT = new ThreadBinding<>();

	private TenantContext() {
	}

	public static Optional<UUID> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** Runs {@code work} as {@code tenantId}, restoring whatever was bound before. */
	public static <T> T callAs(UUID tenantId, Callable<T> work) {
		return CURRENT.call(tenantId, work);
	}

	public static void runAs(UUID tenantId, Runnable work) {
		callAs(tenantId, () -> {
			work.run();
			return null;
		});
	}

	/** Runs {@code work} with no tenant bound: every tenant-owned table then looks empty. */
	public static <T> T callWithoutTenant(Callable<T> work) {
		return callAs(null, work);
	}

	/**
	 * Binds {@code tenantId} until the returned scope is closed; for the web edge, whose filter
	 * chain throws checked exceptions. Use with try-with-resources.
	 */
	public static Scope open(UUID tenantId) {
		return CURRENT.open(tenantId);
	}

	/** A binding opened by {@link #open(UUID)}. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
