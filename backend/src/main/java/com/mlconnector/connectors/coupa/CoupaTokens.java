package com.mlconnector.connectors.coupa;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.RestClient;

/**
 * Access tokens of one connection through Spring Security's OAuth2 client: a {@link ClientRegistration} built
 * from the connection, client credentials at {@code /oauth2/token}, cached in memory and renewed
 * {@code clockSkew} before expiry. Grant errors become {@link CoupaAuthenticationException}s that name the bad
 * part.
 */
final class CoupaTokens {

	private static final String PRINCIPAL = "coupa-connector";

	private final CoupaConnectionDetails details;

	private final InMemoryOAuth2AuthorizedClientService service;

	private final AuthorizedClientServiceOAuth2AuthorizedClientManager manager;

	private final String registrationId;

	CoupaTokens(CoupaConnectionDetails details, RestClient tokenRestClient, Duration clockSkew, Clock clock) {
		this.details = details;
		this.registrationId = "coupa-" + details.connectionId();
		ClientRegistration registration = ClientRegistration.withRegistrationId(this.registrationId)
			.clientId(details.clientId())
			.clientSecret(details.clientSecret())
			// Coupa documents client_id and client_secret in the form body
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(details.baseUrl() + "/oauth2/token")
			.scope(details.scopes())
			.build();
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		this.service = new InMemoryOAuth2AuthorizedClientService(registrations);
		RestClientClientCredentialsTokenResponseClient tokenClient = new RestClientClientCredentialsTokenResponseClient();
		tokenClient.setRestClient(tokenRestClient);
		ClientCredentialsOAuth2AuthorizedClientProvider provider = new ClientCredentialsOAuth2AuthorizedClientProvider();
		provider.setAccessTokenResponseClient(tokenClient);
		provider.setClockSkew(clockSkew);
		provider.setClock(clock);
		this.manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, this.service);
		this.manager.setAuthorizedClientProvider(provider);
	}

	/** The cached token, or a new one when there is none or it expires within the clock skew. */
	OAuth2AccessToken token() {
		try {
			OAuth2AuthorizedClient client = this.manager.authorize(
					OAuth2AuthorizeRequest.withClientRegistrationId(this.registrationId).principal(PRINCIPAL).build());
			if (client == null) {
				throw new CoupaAuthenticationException(CoupaAuthenticationException.Reason.GRANT_REFUSED, List.of(),
						"Coupa returned no access token", null);
			}
			return client.getAccessToken();
		}
		catch (OAuth2AuthorizationException ex) {
			throw translate(ex);
		}
	}

	/** Drops the cached token, e.g. after the API answered 401: the next call fetches a new one. */
	void invalidate() {
		this.service.removeAuthorizedClient(this.registrationId, PRINCIPAL);
	}

	private CoupaException translate(OAuth2AuthorizationException ex) {
		OAuth2Error error = ex.getError();
		String code = error.getErrorCode();
		String description = (error.getDescription() != null) ? error.getDescription() : "";
		return switch (code) {
			case "invalid_client" -> new CoupaAuthenticationException(CoupaAuthenticationException.Reason.CLIENT_REJECTED,
					List.of(), "Coupa rejected the client id or secret (invalid_client): check client id '"
							+ this.details.clientId() + "' and its secret under Setup > Integrations > OAuth2/OpenID"
							+ " Connect Clients in Coupa", ex);
			case "invalid_scope" -> scopeNotGranted(description, ex);
			case "invalid_request", "invalid_grant", "unauthorized_client", "unsupported_grant_type" ->
				new CoupaAuthenticationException(CoupaAuthenticationException.Reason.GRANT_REFUSED, List.of(),
						"Coupa refused the token request (" + code + ")"
								+ (description.isBlank() ? "" : ": " + description)
								+ "; the client must allow the client credentials grant", ex);
			// server_error, temporarily_unavailable, or no usable answer at all (I/O, timeout, 5xx page)
			default -> new CoupaTransientException(0, null, false,
					"Coupa's token endpoint did not give a token (" + code + "); try again later", ex);
		};
	}

	/** Names the refused scopes: those of ours that Coupa's description mentions, else all we asked for. */
	private CoupaAuthenticationException scopeNotGranted(String description, Throwable cause) {
		Set<String> requested = this.details.scopes();
		List<String> named = new ArrayList<>();
		for (String word : description.split("[\\s,;:'\"]+")) {
			if (requested.contains(word) && !named.contains(word)) {
				named.add(word);
			}
		}
		// sorted, so the same refusal always reads the same
		List<String> scopes = new ArrayList<>(named.isEmpty() ? requested : named);
		java.util.Collections.sort(scopes);
		String message = (scopes.size() == 1) ? "scope " + scopes.get(0) + " is not granted to this client"
				: "scopes " + String.join(", ", scopes) + " are not granted to this client" + (named.isEmpty()
						? " (Coupa did not say which of them)" : "");
		return new CoupaAuthenticationException(CoupaAuthenticationException.Reason.SCOPE_NOT_GRANTED, scopes,
				message + ": grant it to client '" + this.details.clientId()
						+ "' in Coupa, or remove it from the connection's scopes", cause);
	}

}
