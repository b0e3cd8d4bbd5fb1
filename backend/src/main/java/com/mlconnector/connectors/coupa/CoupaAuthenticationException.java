package com.mlconnector.connectors.coupa;

import java.util.List;

/** Coupa refused the credentials, the requested scopes, or the token. Never retried. */
public final class CoupaAuthenticationException extends CoupaException {

	/** Which part was refused. */
	public enum Reason {

		/** {@code invalid_client}: unknown client id or wrong secret (Coupa does not say which). */
		CLIENT_REJECTED,
		/** The client may not have (or the token does not carry) {@link #scopes()}. */
		SCOPE_NOT_GRANTED,
		/** The API refused the access token even after a fresh one was fetched. */
		TOKEN_REJECTED,
		/** Any other refusal of the token request. */
		GRANT_REFUSED

	}

	private final Reason reason;

	private final List<String> scopes;

	CoupaAuthenticationException(Reason reason, List<String> scopes, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.scopes = List.copyOf(scopes);
	}

	public Reason reason() {
		return this.reason;
	}

	/** The scopes not granted, for {@link Reason#SCOPE_NOT_GRANTED}; else empty. */
	public List<String> scopes() {
		return this.scopes;
	}

}
