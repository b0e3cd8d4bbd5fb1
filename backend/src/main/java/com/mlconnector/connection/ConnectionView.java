package com.mlconnector.connection;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A connection as shown in the UI and API: settings, and for each secret only whether it is set and
 * when it last changed.
 */
public record ConnectionView(UUID id, SystemType system, String displayName, String baseUrl, String clientId,
		String scopes, String workdayTenant, String isuUsername, String wsdlVersion, String tokenUrl,
		Map<SecretField, Instant> secretsChangedAt, Instant updatedAt) {

}
