package com.mlconnector.ping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mlconnector.connection.ConnectionView;
import com.mlconnector.connection.SecretField;
import com.mlconnector.connection.SystemType;
import com.mlconnector.connectors.SandboxServer;
import com.mlconnector.connectors.coupa.CoupaClients;
import com.mlconnector.sandbox.faults.RequestLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** "Ping your systems" for Coupa against the sandbox: green where honest, exactly one red step otherwise. */
@ExtendWith(OutputCaptureExtension.class)
class CoupaProbeIntegrationTests {

	private static final String ALL = "core.invoice.read core.invoice.write core.supplier.read core.supplier.write";

	private final CoupaProbe probe = new CoupaProbe(CoupaClients.withDefaults());

	@BeforeEach
	void resetSandbox() throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString("sandbox-admin:sandbox-admin-secret".getBytes(StandardCharsets.UTF_8));
		HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(SandboxServer.baseUrl() + "/_admin/reset"))
				.header("Authorization", "Basic " + basic)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.discarding());
	}

	@Test
	void correctConnectionIsGreenAndHonestAboutWrites(CapturedOutput output) {
		// when
		List<StepResult> steps = ping("mlc-demo-client", "mlc-demo-secret", ALL);
		// then
		assertThat(steps).extracting(StepResult::name)
			.containsExactly(CoupaProbe.TOKEN_GRANT, CoupaProbe.AUTHENTICATED_READ, CoupaProbe.READ_INVOICES,
					CoupaProbe.READ_SUPPLIERS, CoupaProbe.WRITE_SUPPLIERS, CoupaProbe.MARK_EXPORTED);
		assertThat(steps).extracting(StepResult::verdict)
			.containsExactly(Verdict.PASS, Verdict.PASS, Verdict.PASS, Verdict.PASS, Verdict.NOT_VERIFIABLE,
					Verdict.NOT_VERIFIABLE);
		assertThat(steps.get(4).detail()).contains("the token carries core.supplier.write")
			.contains("a ping writes nothing");
		// nothing written to Coupa, no secret anywhere
		List<RequestLog.Entry> log = SandboxServer.context().getBean(RequestLog.class).entries("coupa");
		assertThat(log).filteredOn((e) -> e.path().startsWith("/api/"))
			.isNotEmpty()
			.allSatisfy((e) -> assertThat(e.method()).isEqualTo("GET"));
		assertNoSecret(steps, output, "mlc-demo-secret");
	}

	@Test
	void badSecretFailsTheTokenGrantOnly(CapturedOutput output) {
		List<StepResult> steps = ping("mlc-demo-client", "wrong-secret-123", ALL);
		assertOnlyRed(steps, CoupaProbe.TOKEN_GRANT);
		assertThat(steps.get(0).detail())
			.startsWith("Coupa rejected the client id or secret (invalid_client): check client id 'mlc-demo-client'");
		assertNoSecret(steps, output, "wrong-secret-123");
	}

	@Test
	void scopeTheClientLacksFailsTheTokenGrantNamingIt(CapturedOutput output) {
		List<StepResult> steps = ping("mlc-readonly-client", "mlc-readonly-secret", ALL);
		assertOnlyRed(steps, CoupaProbe.TOKEN_GRANT);
		assertThat(steps.get(0).detail()).startsWith("scopes core.invoice.write, core.supplier.write are not granted"
				+ " to this client");
		assertNoSecret(steps, output, "mlc-readonly-secret");
	}

	@Test
	void writeScopeMissingFromTheConnectionFailsThatOperation(CapturedOutput output) {
		List<StepResult> steps = ping("mlc-demo-client", "mlc-demo-secret",
				"core.invoice.read core.invoice.write core.supplier.read");
		assertOnlyRed(steps, CoupaProbe.WRITE_SUPPLIERS);
		assertThat(steps.get(4).detail()).startsWith("scope core.supplier.write is not granted to this client");
		assertNoSecret(steps, output, "mlc-demo-secret");
	}

	@Test
	void readScopeMissingFailsTheReadProbe() {
		List<StepResult> steps = ping("mlc-demo-client", "mlc-demo-secret", "core.invoice.read core.invoice.write");
		assertOnlyRed(steps, CoupaProbe.READ_SUPPLIERS);
		assertThat(steps.get(3).detail()).startsWith("scope core.supplier.read is not granted to this client");
	}

	private List<StepResult> ping(String clientId, String secret, String scopes) {
		ConnectionView connection = new ConnectionView(UUID.randomUUID(), SystemType.COUPA, "Coupa sandbox",
				SandboxServer.baseUrl(), clientId, scopes, null, null, null, null, Map.of(), Instant.now());
		PingRun run = new PingRun();
		this.probe.probe(run, connection, Map.of(SecretField.CLIENT_SECRET, secret));
		return run.steps();
	}

	private static void assertOnlyRed(List<StepResult> steps, String red) {
		assertThat(steps).hasSize(6);
		assertThat(steps).filteredOn((s) -> s.verdict() == Verdict.FAIL)
			.extracting(StepResult::name)
			.containsExactly(red);
		int index = steps.stream().map(StepResult::name).toList().indexOf(red);
		assertThat(steps.subList(0, index)).extracting(StepResult::verdict)
			.allSatisfy((v) -> assertThat(v).isIn(Verdict.PASS, Verdict.NOT_VERIFIABLE));
		assertThat(steps.subList(index + 1, steps.size())).extracting(StepResult::verdict)
			.allSatisfy((v) -> assertThat(v).isEqualTo(Verdict.SKIPPED));
	}

	private static void assertNoSecret(List<StepResult> steps, CapturedOutput output, String secret) {
		assertThat(steps).allSatisfy((s) -> assertThat(s.detail()).doesNotContain(secret));
		assertThat(output.getAll()).doesNotContain(secret);
	}

}
