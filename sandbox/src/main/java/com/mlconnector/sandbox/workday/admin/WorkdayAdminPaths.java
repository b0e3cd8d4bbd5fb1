package com.mlconnector.sandbox.workday.admin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Mounts the admin controllers at {@code {prefix}/_admin} (contract). Stand-alone, both sandboxes run without a
 * prefix and Coupa's admin API already owns {@code /_admin}, so the Workday one moves to {@code /workday/_admin}
 * there; {@code sandbox.workday.admin-path} overrides both. Done here because a placeholder cannot express the
 * fallback.
 */
@Configuration(value = "workdaySandboxAdminPaths", proxyBeanMethods = false)
class WorkdayAdminPaths implements WebMvcConfigurer {

	private final String adminPath;

	WorkdayAdminPaths(@Value("${sandbox.workday.path-prefix:/sandbox/workday}") String prefix,
			@Value("${sandbox.workday.admin-path:}") String override) {
		this.adminPath = adminPath(prefix, override);
	}

	static String adminPath(String prefix, String override) {
		if (override != null && !override.isBlank()) {
			return override;
		}
		return (prefix == null || prefix.isEmpty()) ? "/workday/_admin" : prefix + "/_admin";
	}

	@Override
	public void configurePathMatch(PathMatchConfigurer configurer) {
		configurer.addPathPrefix(this.adminPath,
				HandlerTypePredicate.forAssignableType(WorkdayAdminController.class, WorkdayAdminDataController.class));
	}

}
