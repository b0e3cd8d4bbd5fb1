package com.mlconnector.tenancy;

import java.util.concurrent.Callable;

/**
 * The two narrow doors through row-level security used before a tenant is known: the e-mail address
 * being authenticated ({@code app.login_email}) and the hash of the API token being presented
 * ({@code app.token_hash}). Each opens exactly the rows matching that one value, for the
 * transactions started inside {@link #callWithLoginEmail} / {@link #callWithTokenHash}.
 */
public final class LookupKeys {

	private static final ThreadBinding<String> LOGIN_EMAIL = new ThreadBinding<>();

	private static final ThreadBinding<String> TOKEN_HASH = new ThreadBinding<>();

	private LookupKeys() {
	}

	static String loginEmail() {
		return LOGIN_EMAIL.get();
	}

	static String tokenHash() {
		return TOKEN_HASH.get();
	}

	public static <T> T callWithLoginEmail(String email, Callable<T> work) {
		return LOGIN_EMAIL.call(email, work);
	}

	public static <T> T callWithTokenHash(String hash, Callable<T> work) {
		return TOKEN_HASH.call(hash, work);
	}

}
