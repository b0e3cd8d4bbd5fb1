package com.mlconnector.web.startup;

import java.util.Base64;

import com.mlconnector.testsupport.TestDatabase;
import com.mlconnector.testsupport.TestDatabaseContextCustomizerFactory;
import com.mlconnector.web.MlConnectorApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rotation command as an operator runs it: no web server, the command, the counts, exit code 0;
 * a second run finds nothing left to do, and a run back to the test key leaves other tests intact.
 */
class VaultRotationCommandIntegrationTests {

	static final String NEW_KEY = "cmd:" + Base64.getEncoder().encodeToString("rotation-command-test-key-32byte".getBytes());

	@Test
	void rotatesEverySecretAndExitsZero() {
		String testKey = TestDatabaseContextCustomizerFactory.TEST_VAULT_KEYS;
		KeyRotationRun toNew = run(testKey + "," + NEW_KEY, "cmd");
		assertThat(toNew.exitCode()).isZero();
		assertThat(toNew.report().failed()).isZero();
		assertThat(run(testKey + "," + NEW_KEY, "cmd").report().reEncrypted()).isZero();
		KeyRotationRun back = run(NEW_KEY + "," + testKey, "test1");
		assertThat(back.exitCode()).isZero();
		assertThat(back.report().reEncrypted()).isEqualTo(toNew.report().reEncrypted());
	}

	record KeyRotationRun(int exitCode, com.mlconnector.vault.KeyRotation.Report report) {
	}

	private static KeyRotationRun run(String keys, String active) {
		TestDatabase.Details db = TestDatabase.get();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MlConnectorApplication.class)
			.web(WebApplicationType.NONE)
			.run("--mlc.command=rotate-vault-keys", "--spring.datasource.url=" + db.url(),
					"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
					"--mlc.vault.keys=" + keys, "--mlc.vault.active-key-id=" + active, "--mlc.sandbox.enabled=false",
					"--spring.quartz.auto-startup=false");
		com.mlconnector.vault.KeyRotation.Report report = context.getBean(VaultRotationCommand.class).report();
		return new KeyRotationRun(SpringApplication.exit(context), report);
	}

}
