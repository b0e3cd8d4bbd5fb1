package com.mlconnector.sandbox.workday.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** HTTP Basic check for the admin API; the sandbox does its own auth because the host permits /sandbox/**. */
@Component("workdaySandboxAdminAuth")
class AdminAuth {

	private final String expected;

	AdminAuth(@Value("${sandbox.admin.username:sandbox-admin}") String username,
			@Value("${sandbox.admin.password:sandbox-admin-secret}") String password) {
		this.expected = "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	boolean allowed(String authorization) {
		return authorization != null && MessageDigest.isEqual(this.expected.getBytes(StandardCharsets.UTF_8),
				authorization.trim().getBytes(StandardCharsets.UTF_8));
	}

	static <T> ResponseEntity<T> unauthorized() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sandbox-admin\"")
			.build();
	}

	static ResponseEntity<Object> badRequest(String message) {
		return ResponseEntity.badRequest().body(Map.of("error", message));
	}

}
