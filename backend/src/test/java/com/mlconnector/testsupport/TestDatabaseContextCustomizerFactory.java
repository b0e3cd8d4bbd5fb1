package com.mlconnector.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at {@link TestDatabase} and gives it a fixed test vault key.
 * Registered in {@code META-INF/spring.factories}, so no test can forget it.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	/** A test-only vault key (32 bytes); never used outside tests. */
	public static final String TEST_VAULT_KEYS = "test1:dGVzdC1rZXktMDEtZm9yLXRoZS1tbGMtdmF1bHQhISE=";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			TestDatabase.Details db = TestDatabase.get();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("mlcTestDatabase",
						Map.of("spring.datasource.url", db.url(), "spring.datasource.username", db.username(),
								"spring.datasource.password", db.password(), "mlc.vault.keys", TEST_VAULT_KEYS)));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
