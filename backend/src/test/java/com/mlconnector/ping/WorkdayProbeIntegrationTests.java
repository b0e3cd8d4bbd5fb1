package com.mlconnector.ping;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mlconnector.connection.ConnectionView;
import com.mlconnector.connection.SecretField;
import com.mlconnector.connection.SystemType;
import com.mlconnector.connectors.SandboxServer;
import com.mlconnector.connectors.workday.WorkdayClients;
import com.mlconnector.connectors.workday.WorkdaySandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Workday's ping steps against the sandbox: all green when right, exactly the failing step red when not. */
@ExtendWith(OutputCaptureExtension.class)
class WorkdayProbeIntegrationTests {

	private static final WorkdayClients CLIENTS = new WorkdayClients();

	private static final List<String> SECRETS = List.of(WorkdaySandbox.ISU_PASSWORD, WorkdaySandbox.CLIENT_SECRET,
			WorkdaySandbox.REFRESH_TOKEN, "Wrong-Passw0rd!", "wrong-secret", "revoked-refresh-token");

	private final WorkdayProbe probe = new WorkdayProbe(CLIENTS);

	@BeforeEach
	void calm() {
		WorkdaySandbox.calm();
	}

	@Test
	void correctTenantIsAllGreenExceptHonestNotVerifiable(CapturedOutput output) {
		WorkdaySandbox.clearRequests();
		List<StepResult> steps = ping(connection(WorkdaySandbox.TENANT), secrets(WorkdaySandbox.ISU_PASSWORD,
				WorkdaySandbox.CLIENT_SECRET, WorkdaySandbox.REFRESH_TOKEN));
		assertThat(steps).filteredOn((step) -> step.verdict() == Verdict.PASS).hasSize(8);
		assertThat(steps).filteredOn((step) -> step.verdict() == Verdict.NOT_VERIFIABLE)
			.hasSize(3)
			.allSatisfy((step) -> assertThat(step.detail()).isEqualTo("not verifiable without posting"));
		assertThat(steps).extracting(StepResult::detail).contains("56 suppliers visible");
		// nothing written: only token grants and Get_* reads reached the sandbox
		assertThat(WorkdaySandbox.requests()).allSatisfy((entry) -> assertThat(entry.path()).containsAnyOf("/token",
				"/Financial_Management/", "/Resource_Management/"));
		assertNoSecrets(steps, output);
	}

	@Test
	void badIsuPasswordFailsOnlyTheSoapStep(CapturedOutput output) {
		List<StepResult> steps = ping(connection(WorkdaySandbox.TENANT),
				secrets("Wrong-Passw0rd!", WorkdaySandbox.CLIENT_SECRET, WorkdaySandbox.REFRESH_TOKEN));
		assertThat(verdict(steps, WorkdayProbe.TOKEN_STEP)).isEqualTo(Verdict.PASS);
		assertOnlyFailure(steps, WorkdayProbe.SOAP_STEP,
				"Integration System User name or password rejected for ISU_MLC@mlc_demo");
		assertNoSecrets(steps, output);
	}

	@Test
	void wrongTenantNameIsNamed(CapturedOutput output) {
		List<StepResult> steps = ping(connection("mlc_dmeo"), secrets(WorkdaySandbox.ISU_PASSWORD,
				WorkdaySandbox.CLIENT_SECRET, WorkdaySandbox.REFRESH_TOKEN));
		assertOnlyFailure(steps, WorkdayProbe.TOKEN_STEP, "Workday tenant 'mlc_dmeo' was not recognised");
		assertNoSecrets(steps, output);
	}

	@Test
	void badClientSecretAndRefreshTokenAreNamed(CapturedOutput output) {
		List<StepResult> steps = ping(connection(WorkdaySandbox.TENANT),
				secrets(WorkdaySandbox.ISU_PASSWORD, "wrong-secret", WorkdaySandbox.REFRESH_TOKEN));
		assertOnlyFailure(steps, WorkdayProbe.TOKEN_STEP,
				"API client rejected: unknown client ID 'mlc-wd-client' or wrong client secret");
		steps = ping(connection(WorkdaySandbox.TENANT),
				secrets(WorkdaySandbox.ISU_PASSWORD, WorkdaySandbox.CLIENT_SECRET, "revoked-refresh-token"));
		assertOnlyFailure(steps, WorkdayProbe.TOKEN_STEP, "Refresh token rejected");
		assertNoSecrets(steps, output);
	}

	private List<StepResult> ping(ConnectionView connection, Map<SecretField, String> secrets) {
		PingRun run = new PingRun();
		probe.probe(run, connection, secrets);
		return run.steps();
	}

	private static ConnectionView connection(String tenant) {
		return new ConnectionView(UUID.randomUUID(), SystemType.WORKDAY, "Workday", SandboxServer.baseUrl(),
				WorkdaySandbox.CLIENT_ID, null, tenant, WorkdaySandbox.ISU, WorkdaySandbox.VERSION, null, Map.of(),
				Instant.now());
	}

	private static Map<SecretField, String> secrets(String isuPassword, String clientSecret, String refreshToken) {
		Map<SecretField, String> secrets = new EnumMap<>(SecretField.class);
		secrets.put(SecretField.ISU_PASSWORD, isuPassword);
		secrets.put(SecretField.CLIENT_SECRET, clientSecret);
		secrets.put(SecretField.REFRESH_TOKEN, refreshToken);
		return secrets;
	}

	private static Verdict verdict(List<StepResult> steps, String name) {
		return steps.stream().filter((step) -> step.name().equals(name)).findFirst().orElseThrow().verdict();
	}

	private static void assertOnlyFailure(List<StepResult> steps, String name, String reason) {
		assertThat(steps).filteredOn((step) -> step.verdict() == Verdict.FAIL)
			.singleElement()
			.satisfies((step) -> {
				assertThat(step.name()).isEqualTo(name);
				assertThat(step.detail()).contains(reason);
			});
		int failed = steps.indexOf(steps.stream().filter((s) -> s.verdict() == Verdict.FAIL).findFirst().orElseThrow());
		assertThat(steps.subList(0, failed)).allSatisfy((step) -> assertThat(step.verdict()).isEqualTo(Verdict.PASS));
		assertThat(steps.subList(failed + 1, steps.size()))
			.allSatisfy((step) -> assertThat(step.verdict()).isEqualTo(Verdict.SKIPPED));
	}

	private static void assertNoSecrets(List<StepResult> steps, CapturedOutput output) {
		for (String secret : SECRETS) {
			assertThat(steps).allSatisfy((step) -> assertThat(step.detail()).doesNotContain(secret));
			assertThat(output.getAll()).doesNotContain(secret);
		}
	}

}
