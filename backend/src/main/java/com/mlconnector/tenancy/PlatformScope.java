package com.mlconnector.tenancy;

import java.util.concurrent.Callable;

/**
 * Marks work done by the platform operator across tenants (listing and creating tenants, key
 * rotation). It opens only the {@code tenants} table (policy {@code app.platform = 'on'}); tenant
 * data still needs a tenant bound through {@link TenantContext}.
 */
public final class PlatformScope {

	private static final ThreadBinding<Boolean> ACTIVE = new ThreadBinding<>();

	private PlatformScope() {
	}

	public static boolean isActive() {
		return Boolean.TRUE.equals(ACTIVE.get());
	}

	public static <T> T call(Callable<T> work) {
		return ACTIVE.call(Boolean.TRUE, work);
	}

}
