package com.mlconnector.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mlconnector.apitoken.ApiScope;
import com.mlconnector.apitoken.ApiTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates REST API calls by bearer token: a tenant's API token, or the platform operator's
 * token. A malformed, unknown, revoked or expired token is answered 401 at once; without an
 * Authorization header the request goes on unauthenticated and is refused by authorization.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final byte[] platformTokenDigest;

	ApiTokenAuthenticationFilter(ApiTokens tokens, String platformToken) {
		this.tokens = tokens;
		this.platformTokenDigest = StringUtils.hasText(platformToken) ? sha256(platformToken) : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Authentication> authentication = header.regionMatches(true, 0, "Bearer ", 0, 7)
				? authenticate(header.substring(7).trim()) : Optional.empty();
		if (authentication.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			ProblemResponses.write(request, response, 401, "Unauthorized",
					"The bearer token is malformed, unknown, revoked or expired");
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(authentication.get());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Optional<Authentication> authenticate(String token) {
		if (platformTokenDigest != null && MessageDigest.isEqual(platformTokenDigest, sha256(token))) {
			return Optional.of(authenticated(new PlatformOperator(),
					List.of(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"))));
		}
		return tokens.authenticate(token).map((found) -> authenticated(
				new ApiClient(found.tenantId(), found.tokenId(), found.name(), found.scopes()),
				found.scopes().stream().map(ApiScope::authority).map(SimpleGrantedAuthority::new).toList()));
	}

	private static Authentication authenticated(Object principal, List<? extends GrantedAuthority> authorities) {
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
