package com.mlconnector.tenancy;

import java.util.concurrent.Callable;

/**
 * The two narrow doors through row-level security used before a tenant is known: the e-mail address
 * being authenticated ({@code app.login_email}) and the hash of the API token being presented
 * ({@code app.token_hash}). Each opens exactly the rows matching that one value, for the
 * transactions started inside {@link #callWithLoginEmail} / {@link #callWithTokenHash}.
 */
public final class LookupKeys {

	private static final ThreadLocal<String> LOGIN_EMAIL = new ThreadLocal<>();

	private static final ThreadLocal<String> TOKEN_HASH = new ThreadLocal<>();

	private LookupKeys() {
	}

	static String loginEmail() {
		return LOGIN_EMAIL.get();
	}

	static String tokenHash() {
		return TOKEN_HASH.get();
	}

	public static <T> T callWithLoginEmail(String email, Callable<T> work) {
		return callWith(LOGIN_EMAIL, email, work);
	}

	public static <T> T callWithTokenHash(String hash, Callable<T> work) {
		return callWith(TOKEN_HASH, hash, work);
	}

	private static <T> T callWith(ThreadLocal<String> holder, String value, Callable<T> work) {
		String previous = holder.get();
		holder.set(value);
		try {
			return work.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			if (previous == null) {
				holder.remove();
			}
			else {
				holder.set(previous);
			}
		}
	}

}
