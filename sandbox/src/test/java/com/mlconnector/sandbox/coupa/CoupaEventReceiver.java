package com.mlconnector.sandbox.coupa;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A stand-in receiver for call-outs and webhooks: a token endpoint, a sink, and a sink that fails at first. */
final class CoupaEventReceiver implements AutoCloseable {

	record Received(String path, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return this.headers.entrySet().stream().filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().get(0)).findFirst().orElse(null);
		}

	}

	static final String TOKEN = "receiver-issued-token";

	final List<Received> received = new CopyOnWriteArrayList<>();

	final AtomicInteger failuresLeft = new AtomicInteger();

	private final HttpServer server;

	CoupaEventReceiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.server.createContext("/token", (exchange) -> {
			record(exchange);
			reply(exchange, 200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":86399}");
		});
		this.server.createContext("/sink", (exchange) -> {
			Received r = record(exchange);
			String auth = r.header("Authorization");
			boolean callOut = r.header("webhook-id") == null;
			reply(exchange, (callOut && !("Bearer " + TOKEN).equals(auth)) ? 401 : 200, "{}");
		});
		this.server.createContext("/flaky", (exchange) -> {
			record(exchange);
			reply(exchange, (this.failuresLeft.getAndDecrement() > 0) ? 500 : 200, "{}");
		});
		this.server.start();
	}

	String url(String path) {
		return "http://localhost:" + this.server.getAddress().getPort() + path;
	}

	List<Received> at(String path) {
		return this.received.stream().filter((r) -> r.path().equals(path)).toList();
	}

	private Received record(HttpExchange exchange) throws IOException {
		Received r = new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
				new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		this.received.add(r);
		return r;
	}

	private static void reply(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
