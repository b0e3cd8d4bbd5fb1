package com.mlconnector.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxEnabledConditionTests {

	@Test
	void onWithTheEmbeddedDatabaseOffWithAnExternalOneUnlessSaidOtherwise() {
		assertThat(SandboxEnabledCondition.isEnabled(new MockEnvironment())).isTrue();
		assertThat(SandboxEnabledCondition
			.isEnabled(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/prod"))).isFalse();
		assertThat(SandboxEnabledCondition.isEnabled(new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/trial")
			.withProperty("mlc.sandbox.enabled", "true"))).isTrue();
		assertThat(SandboxEnabledCondition.isEnabled(new MockEnvironment().withProperty("mlc.sandbox.enabled", "false")))
			.isFalse();
	}

}
