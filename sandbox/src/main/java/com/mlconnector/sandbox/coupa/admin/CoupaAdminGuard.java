package com.mlconnector.sandbox.coupa.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** HTTP Basic for {@code {prefix}/_admin/**} with {@code sandbox.admin.username}/{@code password}. */
@Configuration(value = "coupaSandboxAdminGuard", proxyBeanMethods = false)
class CoupaAdminGuard implements WebMvcConfigurer, HandlerInterceptor {

	private final String prefix;

	private final byte[] expected;

	CoupaAdminGuard(@Value("${sandbox.coupa.path-prefix:/sandbox/coupa}") String prefix,
			@Value("${sandbox.admin.username:sandbox-admin}") String username,
			@Value("${sandbox.admin.password:sandbox-admin-secret}") String password) {
		this.prefix = prefix;
		this.expected = ("Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(this.prefix + "/_admin/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws java.io.IOException {
		String header = request.getHeader("Authorization");
		if (header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), this.expected)) {
			return true;
		}
		response.setStatus(401);
		response.setHeader("WWW-Authenticate", "Basic realm=\"coupa-sandbox-admin\"");
		response.setContentType("application/json");
		response.getWriter().write("{\"error\":\"admin credentials required\"}");
		return false;
	}

}
