package com.mlconnector.sandbox.coupa.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mlconnector.sandbox.coupa.CoupaKnobs;
import com.mlconnector.sandbox.faults.RequestLog;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /oauth2/token}: client credentials with {@code client_id}/{@code client_secret} in the
 * form body or HTTP Basic, {@code scope} space-separated ([DOC S-OIDC, S-OAGS]). Also answers on
 * {@code /oauth2/access_tokens}, the token URL the R39 specs declare. Errors follow RFC 6749 §5.2.
 */
@RestController("coupaSandboxTokenController")
@RequestMapping("${sandbox.coupa.path-prefix:/sandbox/coupa}/oauth2")
class CoupaTokenController {

	private final CoupaClients clients;

	private final CoupaTokens tokens;

	private final CoupaKnobs knobs;

	CoupaTokenController(CoupaClients clients, CoupaTokens tokens, CoupaKnobs knobs) {
		this.clients = clients;
		this.tokens = tokens;
		this.knobs = knobs;
	}

	@PostMapping(path = { "/token", "/access_tokens" }, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> token(@RequestParam Map<String, String> form, HttpServletRequest request) {
		String[] basic = basic(request.getHeader(HttpHeaders.AUTHORIZATION));
		String clientId = (basic != null) ? basic[0] : form.get("client_id");
		String secret = (basic != null) ? basic[1] : form.get("client_secret");
		request.setAttribute(RequestLog.CLIENT_ID_ATTRIBUTE, clientId);
		String grantType = form.get("grant_type");
		if (grantType == null) {
			return error(HttpStatus.BAD_REQUEST, "invalid_request", "grant_type is missing", false);
		}
		Optional<CoupaClients.Client> client = this.clients.authenticate(clientId, secret);
		if (client.isEmpty()) {
			return error(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication failed", basic != null);
		}
		if (!"client_credentials".equals(grantType)) {
			return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
					"Only client_credentials is supported by this sandbox", false);
		}
		String scope = form.get("scope");
		// no scope asked for: the client gets every scope it was granted
		Set<String> requested = (scope == null || scope.isBlank()) ? client.get().scopes()
				: new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
		if (!client.get().scopes().containsAll(requested)) {
			requested.removeAll(client.get().scopes());
			return error(HttpStatus.BAD_REQUEST, "invalid_scope", "Scope not granted to this client: "
					+ String.join(" ", requested), false);
		}
		long ttl = this.knobs.tokenTtl().toSeconds();
		String token = this.tokens.issue(clientId, requested, this.knobs.tokenTtl());
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("access_token", token, "token_type", "bearer", "expires_in", ttl, "scope",
					String.join(" ", requested)));
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String description,
			boolean basic) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).cacheControl(CacheControl.noStore());
		if (basic) {
			builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"coupa\"");
		}
		return builder.body(Map.of("error", code, "error_description", description));
	}

	private static String[] basic(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon < 0) ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
