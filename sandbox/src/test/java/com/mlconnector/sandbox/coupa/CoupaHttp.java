package com.mlconnector.sandbox.coupa;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for the Coupa sandbox tests. */
final class CoupaHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String JSON_TYPE = "application/json";

	static final String XML_TYPE = "application/xml";

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	CoupaHttp(int port) {
		this(port, "/sandbox/coupa");
	}

	CoupaHttp(int port, String prefix) {
		this.base = "http://localhost:" + port + prefix;
	}

	String base() {
		return this.base;
	}

	HttpResponse<String> token(String clientId, String secret, String scope) {
		String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret)
				+ ((scope != null) ? "&scope=" + enc(scope) : "");
		return send(HttpRequest.newBuilder(URI.create(this.base + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	String accessToken(String clientId, String secret, String scope) {
		HttpResponse<String> response = token(clientId, secret, scope);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.body());
		}
		return (String) json(response.body(), Map.class).get("access_token");
	}

	String demoToken() {
		return accessToken("mlc-demo-client", "mlc-demo-secret", null);
	}

	HttpResponse<String> get(String token, String pathAndQuery, String accept) {
		return send(api(token, pathAndQuery, accept).GET());
	}

	HttpResponse<String> send(String method, String token, String pathAndQuery, String type, String body) {
		return send(api(token, pathAndQuery, type).header("Content-Type", type)
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody()));
	}

	HttpResponse<String> admin(String method, String path, String jsonBody) {
		String auth = Base64.getEncoder().encodeToString("sandbox-admin:sandbox-admin-secret".getBytes());
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + "/_admin" + path))
			.header("Authorization", "Basic " + auth)
			.header("Accept", JSON_TYPE)
			.header("Content-Type", JSON_TYPE)
			.method(method, (jsonBody != null) ? HttpRequest.BodyPublishers.ofString(jsonBody)
					: HttpRequest.BodyPublishers.noBody());
		return send(builder);
	}

	/** Fresh instance: seed 42, the given invoice count, no rate limit (tests that need it turn it on). */
	void reset(int invoices) {
		check(admin("POST", "/reset?seed=42&invoices=" + invoices, null), 200);
		check(admin("PUT", "/knobs", "{\"rate-limit\":{\"enabled\":false}}"), 200);
	}

	private HttpRequest.Builder api(String token, String pathAndQuery, String accept) {
		// Tomcat rejects raw [ ] in query strings; real clients percent-encode them
		String encoded = pathAndQuery.replace("[", "%5B").replace("]", "%5D").replace("\"", "%22").replace(" ", "%20")
			.replace("{", "%7B")
			.replace("}", "%7D");
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + "/api" + encoded))
			.header("Accept", accept);
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	HttpResponse<String> send(HttpRequest.Builder builder) {
		try {
			return this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static HttpResponse<String> check(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new AssertionError("expected " + status + " but was " + response.statusCode() + ": " + response.body());
		}
		return response;
	}

	static <T> T json(String body, Class<T> type) {
		return JSON.readValue(body, type);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> jsonList(String body) {
		return JSON.readValue(body, List.class);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> jsonMap(String body) {
		return JSON.readValue(body, Map.class);
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
