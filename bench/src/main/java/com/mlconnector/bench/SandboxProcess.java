package com.mlconnector.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The stand-alone sandbox in its own JVM (so the benchmark's heap is the client's alone), started
 * from its executable jar on a free port and stopped at the end.
 */
final class SandboxProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private SandboxProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static SandboxProcess start(Path execJar, List<String> arguments) throws IOException, InterruptedException {
		if (!Files.isRegularFile(execJar)) {
			throw new IllegalStateException("Sandbox jar not found: " + execJar + " (build with mvn -DskipTests install)");
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", execJar.toString(), "--server.port=" + port, "--logging.level.root=WARN"));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Path.of(System.getProperty("java.io.tmpdir"), "mlc-bench-sandbox.log").toFile())
			.start();
		SandboxProcess sandbox = new SandboxProcess(process, port);
		sandbox.awaitReady(Duration.ofSeconds(120));
		return sandbox;
	}

	String baseUrl() {
		return "http://localhost:" + port;
	}

	private void awaitReady(Duration timeout) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The sandbox exited with " + process.exitValue() + "; see its log in the temp dir");
			}
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/oauth2/token"))
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() > 0) {
					return;
				}
			}
			catch (IOException notYet) {
				Thread.sleep(250);
			}
		}
		throw new IllegalStateException("The sandbox did not start within " + timeout);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		process.waitFor();
	}

}
