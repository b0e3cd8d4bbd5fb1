package com.mlconnector.tenancy;

import java.util.UUID;

/**
 * An authenticated party that belongs to one tenant (a signed-in user, an API token). The web edge
 * binds {@link #tenantId()} to {@link TenantContext} for the duration of the request.
 */
public interface TenantPrincipal {

	UUID tenantId();

}
