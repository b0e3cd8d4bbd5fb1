package com.mlconnector.connectors.coupa;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mlconnector.connectors.SandboxServer;
import com.mlconnector.sandbox.faults.FaultInjector;
import com.mlconnector.sandbox.faults.FaultKnobs;
import com.mlconnector.sandbox.faults.RequestLog;

/** Test helper: the stand-alone Coupa sandbox, its knobs (through its admin API) and its request log. */
final class CoupaSandbox {

	static final String CLIENT = "mlc-demo-client";

	static final String SECRET = "mlc-demo-secret";

	static final String READONLY_CLIENT = "mlc-readonly-client";

	static final String READONLY_SECRET = "mlc-readonly-secret";

	private CoupaSandbox() {
	}

	static String baseUrl() {
		return SandboxServer.baseUrl();
	}

	/** New world (seed 42, 1000 invoices); knobs, faults and the request log back to their defaults. */
	static void reset() {
		admin("POST", "/_admin/reset?seed=42&invoices=1000", null);
	}

	/** e.g. {@code {"token-ttl-seconds":3}} or {@code {"rate-limit":{"retry-after":false}}}. */
	static void knobs(String json) {
		admin("PUT", "/_admin/knobs", json);
	}

	static void faults(FaultKnobs knobs) {
		SandboxServer.context().getBean(FaultInjector.class).set("coupa", knobs);
	}

	static void noFaults() {
		SandboxServer.context().getBean(FaultInjector.class).reset("coupa");
	}

	/**
	 * The log, after a short pause: the sandbox records a request after its answer is written, so a client can
	 * see the answer a moment before the entry exists.
	 */
	static List<RequestLog.Entry> requests() {
		try {
			Thread.sleep(150);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return SandboxServer.context().getBean(RequestLog.class).entries("coupa");
	}

	static List<RequestLog.Entry> apiRequests() {
		return requests().stream().filter((e) -> e.path().startsWith("/api/")).toList();
	}

	static List<RequestLog.Entry> tokenRequests() {
		return requests().stream().filter((e) -> e.path().startsWith("/oauth2/")).toList();
	}

	static CoupaConnectionDetails details(String client, String secret, String... scopes) {
		return new CoupaConnectionDetails(UUID.randomUUID(), UUID.randomUUID(), baseUrl(), client, secret,
				Set.of(scopes));
	}

	static CoupaConnectionDetails demo(String... scopes) {
		return details(CLIENT, SECRET, scopes);
	}

	/** Fast retries for tests: 4 attempts, 100 ms first ceiling, 1 s cap; a breaker no test trips by accident. */
	static CoupaProperties fastProperties() {
		return new CoupaProperties(20, 4, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(10),
				Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(30),
				new CoupaProperties.CircuitBreaker(50, 100, 100, Duration.ofSeconds(30)));
	}

	static CoupaClients clients() {
		return new CoupaClients(fastProperties(), Clock.systemUTC());
	}

	private static void admin(String method, String path, String json) {
		String basic = Base64.getEncoder()
			.encodeToString("sandbox-admin:sandbox-admin-secret".getBytes(StandardCharsets.UTF_8));
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
					.header("Authorization", "Basic " + basic)
					.header("Content-Type", "application/json")
					.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
							: HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " "
						+ response.body());
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
