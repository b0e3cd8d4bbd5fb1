package com.mlconnector.apitoken;

import java.util.Set;
import java.util.UUID;

/** A presented API token that is valid: whose it is and what it may do. */
public record AuthenticatedToken(UUID tenantId, UUID tokenId, String name, Set<ApiScope> scopes) {

}
