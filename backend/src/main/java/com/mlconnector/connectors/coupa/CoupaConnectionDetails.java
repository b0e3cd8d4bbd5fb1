package com.mlconnector.connectors.coupa;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the connector needs to reach one tenant's Coupa instance. The caller decrypts the secret (e.g. via
 * {@code ConnectionManagement.credentials(id)}); the connector never reads the vault.
 *
 * @param tenantId owner of the connection (keys the client cache and the circuit breaker); may be {@code null}
 * only for {@link CoupaClients#forProbe} clients
 * @param connectionId the connection
 * @param baseUrl the instance, e.g. {@code https://acme.example.com} (no {@code /api})
 * @param clientId OAuth2 client id from Coupa's Setup → OAuth2/OpenID Connect Clients
 * @param clientSecret the client's secret; never logged, never in {@link #toString()}
 * @param scopes scopes to request; empty asks for every scope granted to the client
 */
public record CoupaConnectionDetails(UUID tenantId, UUID connectionId, String baseUrl, String clientId,
		String clientSecret, Set<String> scopes) {

	public CoupaConnectionDetails {
		Objects.requireNonNull(connectionId, "connectionId");
		if (baseUrl == null || baseUrl.isBlank()) {
			throw new IllegalArgumentException("The Coupa connection has no base URL");
		}
		if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
			throw new IllegalArgumentException("The Coupa connection needs a client id and a client secret");
		}
		baseUrl = baseUrl.trim().replaceAll("/+$", "");
		scopes = (scopes != null) ? Set.copyOf(new LinkedHashSet<>(scopes)) : Set.of();
	}

	/** Splits a scope setting as stored on a connection ("a b", "a,b"). */
	public static Set<String> parseScopes(String scopes) {
		if (scopes == null || scopes.isBlank()) {
			return Set.of();
		}
		Set<String> parsed = new LinkedHashSet<>(Arrays.asList(scopes.trim().split("[\\s,]+")));
		return parsed;
	}

	/** Without the secret: records print all fields by default, and this one ends up in logs. */
	@Override
	public String toString() {
		return "CoupaConnectionDetails[tenantId=" + this.tenantId + ", connectionId=" + this.connectionId
				+ ", baseUrl=" + this.baseUrl + ", clientId=" + this.clientId + ", scopes=" + this.scopes + "]";
	}

}
