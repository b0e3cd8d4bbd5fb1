package com.mlconnector.web.security;

import java.util.Set;
import java.util.UUID;

import com.mlconnector.apitoken.ApiScope;
import com.mlconnector.tenancy.TenantPrincipal;

/** The caller of the REST API, identified by one of its tenant's API tokens. */
public record ApiClient(UUID tenantId, UUID tokenId, String tokenName, Set<ApiScope> scopes)
		implements TenantPrincipal {

	@Override
	public String toString() {
		return "api-token:" + tokenName;
	}

}
