package com.mlconnector.sandbox.workday.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.mlconnector.sandbox.faults.RequestLog;
import com.mlconnector.sandbox.workday.oauth.AccessTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Bearer-token check, paging and error bodies shared by the REST controllers. */
@Component("workdaySandboxRestSupport")
class RestSupport {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	private final AccessTokens tokens;

	RestSupport(AccessTokens tokens) {
		this.tokens = tokens;
	}

	/** Empty when the bearer token is good; else the 401 to send (RFC 6750 header, AP1 error body). */
	Optional<ResponseEntity<Object>> unauthorized(HttpServletRequest request, String tenant) {
		String token = AccessTokens.bearer(request.getHeader(HttpHeaders.AUTHORIZATION));
		Optional<AccessTokens.Grant> grant = this.tokens.validate(token, tenant);
		if (grant.isPresent()) {
			request.setAttribute(RequestLog.CLIENT_ID_ATTRIBUTE, grant.get().clientId());
			return Optional.empty();
		}
		return Optional.of(ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
			.body(Map.of("error", "invalid access token")));
	}

	/** AP1 collection: limit defaults to 20, at most 100; offset is zero-based. */
	static ResponseEntity<Object> collection(List<?> all, Integer limit, Integer offset) {
		int size = (limit == null) ? DEFAULT_LIMIT : limit;
		int from = (offset == null) ? 0 : offset;
		if (size < 1 || size > MAX_LIMIT || from < 0) {
			return error(HttpStatus.BAD_REQUEST, "limit must be 1..100 and offset >= 0");
		}
		List<?> page = (from >= all.size()) ? List.of() : all.subList(from, Math.min(all.size(), from + size));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("total", all.size());
		body.put("data", page);
		return ResponseEntity.ok(body);
	}

	static ResponseEntity<Object> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", message));
	}

	static ResponseEntity<Object> validation(List<String> messages) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", "Validation error occurred. " + messages.get(0));
		body.put("errors", messages.stream().map((m) -> Map.of("error", m)).toList());
		return ResponseEntity.badRequest().body(body);
	}

	/** An instance reference {@code {"id", "descriptor", "href"}}. */
	static Map<String, Object> instance(String id, String descriptor, String href) {
		Map<String, Object> ref = new LinkedHashMap<>();
		ref.put("id", id);
		ref.put("descriptor", descriptor);
		if (href != null) {
			ref.put("href", href);
		}
		return ref;
	}

	/** Splits a REST id: a WID, or {@code Type=Value} reference-ID syntax (AP1 id pattern). */
	static String[] typeAndValue(String id) {
		if (id == null) {
			return null;
		}
		int eq = id.indexOf('=');
		return (eq > 0) ? new String[] { id.substring(0, eq), id.substring(eq + 1) } : new String[] { "WID", id };
	}

	static String baseUrl(HttpServletRequest request) {
		return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
				+ request.getContextPath();
	}

}
