package com.mlconnector.connectors.coupa;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * One Coupa API exchange with a bearer token: a 401 drops the token and tries once more with a fresh one; the
 * answer's status becomes a typed {@link CoupaException}. Resilience (rate limit, retry, breaker) wraps this.
 */
final class CoupaHttp {

	private static final Pattern SCOPE = Pattern.compile("scope=\"([^\"]+)\"");

	private final String baseUrl;

	private final RestClient rest;

	private final CoupaTokens tokens;

	private final Runnable permit;

	private final ObjectMapper json;

	private final Clock clock;

	/** @param permit waits for the instance rate limiter; run before every request sent */
	CoupaHttp(String baseUrl, RestClient rest, CoupaTokens tokens, Runnable permit, ObjectMapper json, Clock clock) {
		this.baseUrl = baseUrl;
		this.rest = rest;
		this.tokens = tokens;
		this.permit = permit;
		this.json = json;
		this.clock = clock;
	}

	private record Answer(int status, HttpHeaders headers, String body) {
	}

	/**
	 * Sends the request and returns the body of a 2xx answer.
	 *
	 * @param what the object, for messages ("invoice 42", "the supplier")
	 * @param scope the scope the operation needs, named when Coupa answers 403
	 */
	String send(HttpMethod method, String path, Map<String, String> query, Object body, String what, String scope) {
		URI uri = uri(path, query);
		Answer answer = exchange(method, uri, body);
		if (answer.status() == 401) {
			// expired or revoked although our clock said valid: one fresh token, then give up
			this.tokens.invalidate();
			answer = exchange(method, uri, body);
			if (answer.status() == 401) {
				throw new CoupaAuthenticationException(CoupaAuthenticationException.Reason.TOKEN_REJECTED, List.of(),
						"Coupa rejected a freshly issued access token (HTTP 401): the OAuth2 client may have been"
								+ " deactivated",
						null);
			}
		}
		return check(method, answer, what, scope);
	}

	private Answer exchange(HttpMethod method, URI uri, Object body) {
		String token = this.tokens.token().getTokenValue();
		this.permit.run();
		try {
			RestClient.RequestBodySpec spec = this.rest.method(method)
				.uri(uri)
				.headers((h) -> {
					h.setBearerAuth(token);
					// Coupa requires Accept and Content-Type to name the same type
					h.setAccept(List.of(MediaType.APPLICATION_JSON));
					h.setContentType(MediaType.APPLICATION_JSON);
				});
			if (body != null) {
				spec.body(this.json.writeValueAsString(body));
			}
			return spec.exchange((request, response) -> new Answer(response.getStatusCode().value(),
					response.getHeaders(), new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (ResourceAccessException ex) {
			// a POST that timed out may have been applied: repeating it could create a second record
			boolean unknown = method == HttpMethod.POST;
			throw new CoupaTransientException(0, null, unknown, "Coupa did not answer (" + describe(ex) + ")"
					+ (unknown ? "; the request may have been applied, so it was not repeated" : ""), ex);
		}
	}

	private String check(HttpMethod method, Answer answer, String what, String scope) {
		int status = answer.status();
		if (status >= 200 && status < 300) {
			return answer.body();
		}
		if (status == 403) {
			String header = answer.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE);
			Matcher matcher = SCOPE.matcher((header != null) ? header : "");
			String missing = matcher.find() ? matcher.group(1) : scope;
			throw new CoupaAuthenticationException(CoupaAuthenticationException.Reason.SCOPE_NOT_GRANTED,
					List.of(missing), "scope " + missing + " is not granted to this client (Coupa answered 403 to "
							+ method + " " + what + ")",
					null);
		}
		if (status == 404) {
			throw new CoupaNotFoundException(what);
		}
		if (status == 429 || status >= 500) {
			var retryAfter = Backoff.parseRetryAfter(answer.headers().getFirst(HttpHeaders.RETRY_AFTER), this.clock);
			String reason = (status == 429) ? "Coupa is rate limiting this connection (HTTP 429)"
					: "Coupa answered HTTP " + status + " (a server-side problem)";
			throw new CoupaTransientException(status, retryAfter, false,
					reason + ((retryAfter != null) ? ", retry after " + retryAfter.toSeconds() + " s" : ""), null);
		}
		throw new CoupaValidationException(status, errors(answer.body()), what);
	}

	/** Coupa's JSON error shapes: {@code {"errors":{"supplier":["msg"]}}}, or {@code {"message":"..."}}. */
	private List<String> errors(String body) {
		List<String> errors = new ArrayList<>();
		try {
			JsonNode root = this.json.readTree(body);
			JsonNode all = root.path("errors");
			for (Map.Entry<String, JsonNode> object : all.properties()) {
				for (JsonNode message : object.getValue().isArray() ? object.getValue() : List.of(object.getValue())) {
					errors.add("base".equals(object.getKey()) ? message.asString()
							: object.getKey() + ": " + message.asString());
				}
			}
			if (all.isArray()) {
				all.forEach((message) -> errors.add(message.asString()));
			}
			if (errors.isEmpty() && root.hasNonNull("message")) {
				errors.add(root.get("message").asString());
			}
		}
		catch (JacksonException | IllegalArgumentException ex) {
			// not JSON (an HTML error page): the status alone must do
		}
		return errors;
	}

	URI uri(String path, Map<String, String> query) {
		StringJoiner params = new StringJoiner("&");
		// encode everything: Coupa needs [ ] " and + escaped (a raw + in a timestamp would read as a space)
		query.forEach((k, v) -> params.add(encode(k) + "=" + encode(v)));
		return URI.create(this.baseUrl + path + ((params.length() > 0) ? "?" + params : ""));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String describe(ResourceAccessException ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		String kind = (cause instanceof IOException) ? cause.getClass().getSimpleName() : "I/O error";
		return (cause.getMessage() != null) ? kind + ": " + cause.getMessage() : kind;
	}

}
