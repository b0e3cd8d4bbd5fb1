package com.mlconnector.connectors.coupa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Reads error answers of the token endpoint. Spring Security's own handler parses the RFC 6749 error body only
 * on 400, but Coupa (like the RFC) answers {@code invalid_client} with 401; without this the cause would be lost
 * as "invalid_token_response".
 */
final class TokenErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TokenErrors() {
	}

	static void raise(HttpRequest request, ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		String code = null;
		String description = null;
		try {
			JsonNode body = JSON.readTree(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
			code = body.path("error").asString(null);
			description = body.path("error_description").asString(null);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			// no RFC 6749 body: classify by status below
		}
		if (code == null || code.isBlank()) {
			code = (status == 401) ? "invalid_client"
					: (status == 429 || status >= 500) ? "temporarily_unavailable" : "invalid_request";
		}
		throw new OAuth2AuthorizationException(new OAuth2Error(code,
				(description != null) ? description : "HTTP " + status, null));
	}

}
