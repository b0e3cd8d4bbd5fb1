package com.mlconnector.user;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Minimum password strength, after NIST SP 800-63B: length over composition rules, and no
 * well-known or account-derived passwords.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas",
			"passwordpassword", "letmein12345", "administrator", "welcome12345", "changeme1234",
			"iloveyou1234", "111111111111", "abc123456789", "password123!");

	private PasswordPolicy() {
	}

	/** Why the password is too weak, or empty when it is acceptable. */
	public static Optional<String> weakness(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("Password must be at least " + MIN_LENGTH + " characters long");
		}
		if (password.length() > 128) {
			return Optional.of("Password must be at most 128 characters long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 5) {
			return Optional.of("Password is too common or repetitive; choose a longer passphrase");
		}
		if (email != null && email.contains("@")) {
			String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
			if (local.length() >= 4 && lower.contains(local)) {
				return Optional.of("Password must not contain your e-mail address");
			}
		}
		return Optional.empty();
	}

}
