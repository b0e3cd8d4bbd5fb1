package com.mlconnector.tenancy;

import java.util.UUID;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate's view of the tenant, the second layer behind row-level security: entities with
 * {@code @TenantId} are filtered by it and get it on insert. With no tenant bound it answers a nil
 * UUID that matches no tenant, so a forgotten binding fails closed.
 */
class CurrentTenantResolver implements CurrentTenantIdentifierResolver<UUID> {

	static final UUID NO_TENANT = new UUID(0L, 0L);

	@Override
	public UUID resolveCurrentTenantIdentifier() {
		return TenantContext.current().orElse(NO_TENANT);
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return false;
	}

}
