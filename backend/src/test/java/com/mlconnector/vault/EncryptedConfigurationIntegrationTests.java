package com.mlconnector.vault;

import com.mlconnector.BackendTestApplication;
import org.jasypt.encryption.pbe.StandardPBEStringEncryptor;
import org.jasypt.iv.RandomIvGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ENC(...)} values in configuration (e.g. the database password in Helm values) are
 * decrypted by jasypt with the password from {@code JASYPT_ENCRYPTOR_PASSWORD}.
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = "jasypt.encryptor.password=config-master-password")
class EncryptedConfigurationIntegrationTests {

	@DynamicPropertySource
	static void encryptedProperty(DynamicPropertyRegistry registry) {
		// what an operator does once: encrypt with the same defaults jasypt-spring-boot decrypts with
		StandardPBEStringEncryptor encryptor = new StandardPBEStringEncryptor();
		encryptor.setPassword("config-master-password");
		encryptor.setAlgorithm("PBEWITHHMACSHA512ANDAES_256");
		encryptor.setKeyObtentionIterations(1000);
		encryptor.setIvGenerator(new RandomIvGenerator());
		registry.add("mlc.example.encrypted", () -> "ENC(" + encryptor.encrypt("plain-config-value") + ")");
	}

	@Autowired
	Environment environment;

	@Test
	void encPropertiesAreDecrypted() {
		assertThat(environment.getProperty("mlc.example.encrypted")).isEqualTo("plain-config-value");
	}

}
