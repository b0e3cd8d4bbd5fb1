package com.mlconnector.sandbox.coupa.events;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.mlconnector.sandbox.coupa.doc.JsonDocs;

/**
 * Sends one attempt. Call-outs first get a token the way Coupa does ([DOC S-CALLOUT-OAUTH]): POST to
 * the token URL with HTTP Basic client id/secret, form body {@code grant_type=client_credentials};
 * the token is cached until shortly before {@code expires_in}. Webhooks carry the Standard Webhooks
 * headers.
 */
final class EventSender {

	private final HttpClient client;

	private final Duration timeout;

	private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

	private record CachedToken(String token, Instant until) {
	}

	EventSender(Duration timeout) {
		this.timeout = timeout;
		this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	/** Returns the HTTP status of the delivery request. */
	int callOut(EventTarget target, String body) throws IOException, InterruptedException {
		String token = token(target);
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(target.url()))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "xml".equals(target.format()) ? "application/xml" : "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (response.statusCode() == 401) {
			// the receiver may have revoked the token: ask for a new one next time
			this.tokens.remove(target.id());
		}
		return response.statusCode();
	}

	int webhook(EventTarget target, String messageId, String body) throws IOException, InterruptedException {
		long timestamp = Instant.now().getEpochSecond();
		return send(HttpRequest.newBuilder(URI.create(target.url()))
			.header("Content-Type", "application/json")
			.header("webhook-id", messageId)
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature", WebhookSigner.sign(target.secret(), messageId, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
	}

	private String token(EventTarget target) throws IOException, InterruptedException {
		CachedToken cached = this.tokens.get(target.id());
		if (cached != null && cached.until().isAfter(Instant.now())) {
			return cached.token();
		}
		String basic = Base64.getEncoder()
			.encodeToString((target.clientId() + ":" + target.clientSecret()).getBytes(StandardCharsets.UTF_8));
		String form = "grant_type=client_credentials"
				+ ((target.scope() != null) ? "&scope=" + URLEncoder.encode(target.scope(), StandardCharsets.UTF_8) : "");
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(target.tokenUrl()))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		if (response.statusCode() != 200) {
			throw new IOException("token endpoint answered " + response.statusCode());
		}
		Map<?, ?> json = (Map<?, ?>) JsonDocs.read(response.body().getBytes(StandardCharsets.UTF_8));
		Object token = json.get("access-token");
		if (token == null) {
			throw new IOException("token endpoint answered without access_token");
		}
		Object expiresIn = json.get("expires-in");
		long seconds = (expiresIn instanceof Number n) ? n.longValue() : 3600;
		this.tokens.put(target.id(), new CachedToken(token.toString(), Instant.now().plusSeconds(Math.max(0, seconds - 60))));
		return token.toString();
	}

	private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
		return this.client.send(builder.timeout(this.timeout).build(), HttpResponse.BodyHandlers.ofString());
	}

}
