package com.mlconnector.sandbox.coupa.auth;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import com.mlconnector.sandbox.coupa.CoupaKnobs;
import com.mlconnector.sandbox.coupa.doc.CoupaFormat;
import com.mlconnector.sandbox.faults.RequestLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs before every {@code /api/**} handler: the instance rate limit first (it counts every call),
 * then the bearer token (401) and the resource's scope (403).
 */
class CoupaApiGuard implements HandlerInterceptor {

	private final CoupaRateLimiter limiter;

	private final CoupaKnobs knobs;

	private final CoupaTokens tokens;

	private final String apiPrefix;

	CoupaApiGuard(CoupaRateLimiter limiter, CoupaKnobs knobs, CoupaTokens tokens, String apiPrefix) {
		this.limiter = limiter;
		this.knobs = knobs;
		this.tokens = tokens;
		this.apiPrefix = apiPrefix;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		CoupaFormat format = CoupaFormat.fromAccept(request.getHeader(HttpHeaders.ACCEPT));
		long wait = this.limiter.acquire();
		if (wait > 0) {
			HttpHeaders headers = new HttpHeaders();
			if (this.knobs.rateLimit().retryAfter()) {
				headers.set(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			}
			return reject(response, format.status(HttpStatus.TOO_MANY_REQUESTS,
					"Too Many Requests. Rate limit of " + this.knobs.rateLimit().perSecond() + " requests per second exceeded.", headers));
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		String token = (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) ? header.substring(7).trim()
				: null;
		Optional<CoupaTokens.Grant> grant = this.tokens.find(token);
		if (grant.isEmpty() || grant.get().expiresAt().isBefore(Instant.now())) {
			String reason = grant.isEmpty() ? "missing or unknown" : "expired";
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer error=\"invalid_token\", error_description=\"The access token is " + reason + "\"");
			return reject(response, format.status(HttpStatus.UNAUTHORIZED,
					"Unauthorized. Access token is missing or invalid.", headers));
		}
		request.setAttribute(RequestLog.CLIENT_ID_ATTRIBUTE, grant.get().clientId());
		String scope = requiredScope(request);
		if (scope != null && !grant.get().scopes().contains(scope)) {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", scope=\"" + scope + "\"");
			return reject(response, format.status(HttpStatus.FORBIDDEN,
					"Forbidden. The access token does not grant scope " + scope + ".", headers));
		}
		return true;
	}

	/** {@code core.<object>.read} for reads, {@code .write} for changes; scope names per R39 specs. */
	String requiredScope(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String rest = path.startsWith(this.apiPrefix) ? path.substring(this.apiPrefix.length()) : path;
		String resource = rest.replaceFirst("^/", "").split("/")[0];
		String object = switch (resource) {
			case "invoices" -> "core.invoice";
			case "suppliers" -> "core.supplier";
			case "purchase_orders" -> "core.purchase_order";
			case "accounts" -> "core.accounting";
			default -> "core.common";
		};
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		return object + (read ? ".read" : ".write");
	}

	private static boolean reject(HttpServletResponse response, ResponseEntity<String> entity) throws IOException {
		response.setStatus(entity.getStatusCode().value());
		entity.getHeaders().forEach((name, values) -> values.forEach((v) -> response.addHeader(name, v)));
		response.getWriter().write(entity.getBody());
		return false;
	}

}
