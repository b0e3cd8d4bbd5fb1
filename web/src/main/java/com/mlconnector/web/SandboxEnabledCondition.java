package com.mlconnector.web;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether the sandboxes are mounted: {@code mlc.sandbox.enabled} (env {@code MLC_SANDBOX_ENABLED})
 * when set; otherwise only with the embedded database, so the one-command default has them and a
 * production deployment (which always configures its database) does not, unless asked.
 */
public class SandboxEnabledCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isEnabled(context.getEnvironment());
	}

	public static boolean isEnabled(Environment environment) {
		String explicit = environment.getProperty("mlc.sandbox.enabled");
		if (StringUtils.hasText(explicit)) {
			return Boolean.parseBoolean(explicit.trim());
		}
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
