package com.mlconnector.sandbox.faults;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers one {@link FaultInjectionFilter} per system. Workday's API lives entirely under {@code /ccx/}, which
 * lets the two filters tell the systems apart even when both prefixes are empty (stand-alone run). The filters run
 * first so injected latency and faults hit before any sandbox authentication.
 */
@Configuration(value = "sandboxFaultFilterConfiguration", proxyBeanMethods = false)
class FaultFilterConfiguration {

	static final String COUPA = "coupa";

	static final String WORKDAY = "workday";

	@Bean
	FilterRegistrationBean<FaultInjectionFilter> workdaySandboxFaultFilter(
			@Value("${sandbox.workday.path-prefix:/sandbox/workday}") String workdayPrefix, FaultInjector injector,
			RequestLog log) {
		FaultInjectionFilter filter = new FaultInjectionFilter(WORKDAY,
				(request) -> isWorkday(request, workdayPrefix), injector, log);
		return registration(filter, "workdaySandboxFaultFilter");
	}

	@Bean
	FilterRegistrationBean<FaultInjectionFilter> coupaSandboxFaultFilter(
			@Value("${sandbox.coupa.path-prefix:/sandbox/coupa}") String coupaPrefix,
			@Value("${sandbox.workday.path-prefix:/sandbox/workday}") String workdayPrefix, FaultInjector injector,
			RequestLog log) {
		FaultInjectionFilter filter = new FaultInjectionFilter(COUPA, (request) -> {
			String path = path(request);
			// any admin API (Coupa's or, stand-alone, Workday's /workday/_admin) is neither faulted nor logged
			return path.startsWith(coupaPrefix + "/") && !path.contains("/_admin") && !isWorkday(request, workdayPrefix);
		}, injector, log);
		return registration(filter, "coupaSandboxFaultFilter");
	}

	static boolean isWorkday(HttpServletRequest request, String workdayPrefix) {
		return path(request).startsWith(workdayPrefix + "/ccx/");
	}

	private static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return (context != null && !context.isEmpty() && uri.startsWith(context)) ? uri.substring(context.length())
				: uri;
	}

	private static FilterRegistrationBean<FaultInjectionFilter> registration(FaultInjectionFilter filter,
			String name) {
		FilterRegistrationBean<FaultInjectionFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName(name);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
