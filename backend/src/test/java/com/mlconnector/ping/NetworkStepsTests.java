package com.mlconnector.ping;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The network steps against real sockets on this machine. */
class NetworkStepsTests {

	@Test
	void aListeningPortPassesResolveAndConnect() throws IOException {
		try (ServerSocket server = new ServerSocket(0)) {
			PingRun run = new PingRun();
			NetworkSteps.run(run, "http://localhost:" + server.getLocalPort() + "/sandbox");
			assertThat(run.steps()).extracting(StepResult::name).containsExactly("Check the URL", "Resolve host", "Connect");
			assertThat(run.steps()).allSatisfy((step) -> assertThat(step.verdict()).isEqualTo(Verdict.PASS));
		}
	}

	@Test
	void aClosedPortIsRedAtConnect() throws IOException {
		int closed;
		try (ServerSocket server = new ServerSocket(0)) {
			closed = server.getLocalPort();
		}
		PingRun run = new PingRun();
		NetworkSteps.run(run, "http://localhost:" + closed);
		assertThat(run.steps().get(2).verdict()).isEqualTo(Verdict.FAIL);
		assertThat(run.steps().get(2).detail()).contains("refused the connection");
	}

	@Test
	void aMalformedUrlIsRedFirstAndTheRestIsSkipped() {
		PingRun run = new PingRun();
		NetworkSteps.run(run, "ftp://files.example.com");
		assertThat(run.steps().get(0).verdict()).isEqualTo(Verdict.FAIL);
		assertThat(run.steps().subList(1, run.steps().size()))
			.allSatisfy((step) -> assertThat(step.verdict()).isEqualTo(Verdict.SKIPPED));
	}

	@Test
	void aTlsHandshakeWithAServerThatSpeaksNoTlsFails() throws Exception {
		try (ServerSocket server = new ServerSocket(0)) {
			Thread acceptor = new Thread(() -> {
				try (var socket = server.accept()) {
					socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
				}
				catch (IOException ex) {
					// the client went away; nothing to do
				}
			});
			acceptor.start();
			PingRun run = new PingRun();
			NetworkSteps.run(run, "https://localhost:" + server.getLocalPort());
			assertThat(run.steps()).extracting(StepResult::name).last().isEqualTo("TLS handshake");
			StepResult tls = run.steps().get(run.steps().size() - 1);
			assertThat(tls.verdict()).isEqualTo(Verdict.FAIL);
			assertThat(tls.detail()).startsWith("TLS handshake with localhost failed");
			acceptor.join(5000);
		}
	}

}
