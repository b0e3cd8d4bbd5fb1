package com.mlconnector.sandbox.workday.oauth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.mlconnector.sandbox.faults.RequestLog;
import com.mlconnector.sandbox.workday.WorkdaySandboxProperties;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The refresh-token grant: {@code POST} form {@code grant_type=refresh_token&refresh_token=...} with the API client
 * in HTTP Basic (NOTES.md §4, CAMEL and IDX 55588246090). The references show only {@code access_token} in the
 * answer and no error bodies, so errors and the extra fields ({@code token_type}, {@code expires_in}) follow RFC 6749
 * §5. The refresh token is the non-expiring kind and is not rotated.
 */
@RestController("workdaySandboxOAuthTokenController")
class OAuthTokenController {

	private final WorkdaySandboxProperties properties;

	private final AccessTokens tokens;

	OAuthTokenController(WorkdaySandboxProperties properties, AccessTokens tokens) {
		this.properties = properties;
		this.tokens = tokens;
	}

	@PostMapping(path = "${sandbox.workday.path-prefix:/sandbox/workday}/ccx/oauth2/{tenant}/token")
	ResponseEntity<Map<String, Object>> token(@PathVariable String tenant,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
		String[] client = basic(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (client == null || !this.properties.clientId().equals(client[0])
				|| !this.properties.clientSecret().equals(client[1]) || !this.properties.tenant().equals(tenant)) {
			// An unknown tenant has no such client either, so it fails the same way.
			return error(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication failed");
		}
		request.setAttribute(RequestLog.CLIENT_ID_ATTRIBUTE, client[0]);
		String grantType = form.getFirst("grant_type");
		if (grantType == null) {
			return error(HttpStatus.BAD_REQUEST, "invalid_request", "Missing grant_type");
		}
		if (!"refresh_token".equals(grantType)) {
			return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type", "Only refresh_token is supported");
		}
		String refreshToken = form.getFirst("refresh_token");
		if (refreshToken == null || refreshToken.isBlank()) {
			return error(HttpStatus.BAD_REQUEST, "invalid_request", "Missing refresh_token");
		}
		if (!this.properties.refreshToken().equals(refreshToken)) {
			return error(HttpStatus.BAD_REQUEST, "invalid_grant", "Invalid refresh token");
		}
		String accessToken = this.tokens.issue(client[0], tenant, this.properties.accessTokenTtl());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", accessToken);
		body.put("token_type", "Bearer");
		body.put("expires_in", this.properties.accessTokenTtl().toSeconds());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error, String description) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", description);
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).cacheControl(CacheControl.noStore());
		if (status == HttpStatus.UNAUTHORIZED) {
			builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"workday\"");
		}
		return builder.body(body);
	}

	private static String[] basic(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon < 0) ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
