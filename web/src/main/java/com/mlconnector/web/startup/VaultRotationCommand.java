package com.mlconnector.web.startup;

import com.mlconnector.vault.KeyRotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar mlc-web.jar --mlc.command=rotate-vault-keys}: re-encrypts every stored secret
 * under the active key ({@code MLC_VAULT_ACTIVE_KEY_ID}), prints the counts and exits (see
 * {@link com.mlconnector.web.MlConnectorApplication#main}); exit code 1 when any secret could not be
 * rotated (the old key must then stay configured).
 */
@Component
@ConditionalOnProperty(name = "mlc.command", havingValue = "rotate-vault-keys")
class VaultRotationCommand implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(VaultRotationCommand.class);

	private final KeyRotation rotation;

	private volatile KeyRotation.Report report;

	VaultRotationCommand(KeyRotation rotation) {
		this.rotation = rotation;
	}

	@Override
	public void run(ApplicationArguments args) {
		report = rotation.rotate();
		log.info("Vault key rotation finished: {} tenants, {} secrets, {} re-encrypted, {} already current, {} failed",
				report.tenants(), report.secrets(), report.reEncrypted(), report.alreadyCurrent(), report.failed());
	}

	KeyRotation.Report report() {
		return report;
	}

	/** 0 when every secret is on the active key; 1 otherwise (keep the old key configured). */
	@Override
	public int getExitCode() {
		return (report != null && report.failed() == 0) ? 0 : 1;
	}

}
