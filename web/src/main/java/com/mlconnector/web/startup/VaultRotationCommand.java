package com.mlconnector.web.startup;

import com.mlconnector.vault.KeyRotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar mlc-web.jar --mlc.command=rotate-vault-keys}: re-encrypts every stored secret
 * under the active key ({@code MLC_VAULT_ACTIVE_KEY_ID}), prints the counts and exits; exit code 1
 * when any secret could not be rotated (the old key must then stay configured).
 */
@Component
@ConditionalOnProperty(name = "mlc.command", havingValue = "rotate-vault-keys")
class VaultRotationCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VaultRotationCommand.class);

	private final KeyRotation rotation;

	private final ConfigurableApplicationContext context;

	VaultRotationCommand(KeyRotation rotation, ConfigurableApplicationContext context) {
		this.rotation = rotation;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		KeyRotation.Report report = rotation.rotate();
		log.info("Vault key rotation finished: {} tenants, {} secrets, {} re-encrypted, {} already current, {} failed",
				report.tenants(), report.secrets(), report.reEncrypted(), report.alreadyCurrent(), report.failed());
		int exitCode = (report.failed() == 0) ? 0 : 1;
		System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exitCode));
	}

}
