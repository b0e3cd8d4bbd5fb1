package com.mlconnector.connectors.workday;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Access tokens for Workday REST through Spring Security's {@link RefreshTokenOAuth2AuthorizedClientProvider}: it
 * decides when the cached token is (nearly) expired and runs the refresh-token grant with HTTP Basic client
 * authentication (NOTES §4). Workday's integration refresh token never expires and is not rotated; if a response
 * does carry a new one, Spring keeps it.
 */
final class WorkdayTokens {

	/** Workday integration clients start with a refresh token only; this expired stand-in makes the provider refresh. */
	private static final OAuth2AccessToken NONE_YET = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
			"none-yet", Instant.EPOCH, Instant.EPOCH.plusSeconds(1));

	private static final Authentication PRINCIPAL = new AnonymousAuthenticationToken("workday", "workday-connector",
			AuthorityUtils.createAuthorityList("ROLE_WORKDAY_CONNECTOR"));

	private final ClientRegistration registration;

	private final OAuth2RefreshToken refreshToken;

	private final RefreshTokenOAuth2AuthorizedClientProvider provider = new RefreshTokenOAuth2AuthorizedClientProvider();

	private OAuth2AuthorizedClient current;

	WorkdayTokens(WorkdayConnectionDetails details, ClientHttpRequestFactory requestFactory) {
		this.registration = ClientRegistration.withRegistrationId("workday-" + details.connectionId())
			.clientId(details.clientId())
			.clientSecret(details.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.tokenUri(details.tokenUri().toString())
			.build();
		this.refreshToken = new OAuth2RefreshToken(details.refreshToken(), null);
		RestClientRefreshTokenTokenResponseClient tokenClient = new RestClientRefreshTokenTokenResponseClient();
		tokenClient.setRestClient(RestClient.builder()
			.requestFactory(requestFactory)
			.configureMessageConverters((converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		this.provider.setAccessTokenResponseClient(tokenClient);
		// renew a minute early so a token never expires in flight
		this.provider.setClockSkew(Duration.ofSeconds(60));
		this.current = seed();
	}

	/** A valid access token, running the refresh-token grant when the cached one is (nearly) expired. */
	synchronized String accessToken() {
		OAuth2AuthorizedClient renewed = authorize(this.current);
		if (renewed != null) {
			this.current = renewed;
		}
		return this.current.getAccessToken().getTokenValue();
	}

	/** Runs the grant now, whatever is cached (the ping proves the credentials, not the cache). */
	synchronized void grantNow() {
		this.current = authorize(seed());
	}

	private OAuth2AuthorizedClient authorize(OAuth2AuthorizedClient client) {
		try {
			return this.provider.authorize(OAuth2AuthorizationContext.withAuthorizedClient(client)
				.principal(PRINCIPAL)
				.build());
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	private OAuth2AuthorizedClient seed() {
		return new OAuth2AuthorizedClient(this.registration, PRINCIPAL.getName(), NONE_YET, this.refreshToken);
	}

	/** Names the credential the token endpoint refused; RFC 6749 §5.2 error codes decide. */
	static WorkdayTokenException translate(RuntimeException ex) {
		String code = null;
		Integer status = null;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof OAuth2AuthorizationException oauth && code == null) {
				code = oauth.getError().getErrorCode();
			}
			if (cause instanceof HttpClientErrorException http) {
				status = http.getStatusCode().value();
				String body = http.getResponseBodyAsString();
				code = body.contains("invalid_client") ? "invalid_client"
						: body.contains("invalid_grant") ? "invalid_grant" : code;
			}
		}
		if ("invalid_client".equals(code) || (status != null && status == 401)) {
			return new WorkdayTokenException(WorkdayTokenException.Reason.CLIENT_REJECTED,
					"The token endpoint rejected the API client (invalid_client): unknown client ID or wrong client secret",
					ex);
		}
		if ("invalid_grant".equals(code)) {
			return new WorkdayTokenException(WorkdayTokenException.Reason.REFRESH_TOKEN_REJECTED,
					"The token endpoint rejected the refresh token (invalid_grant): it is unknown, revoked or issued "
							+ "to another API client",
					ex);
		}
		if (status == null && "invalid_token_response".equals(code)) {
			return new WorkdayTokenException(WorkdayTokenException.Reason.UNREACHABLE,
					"The token endpoint could not be reached or answered with an error", ex);
		}
		return new WorkdayTokenException(WorkdayTokenException.Reason.OTHER,
				"The token endpoint refused the refresh-token grant (" + code + ")", ex);
	}

}
