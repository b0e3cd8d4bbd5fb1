package com.mlconnector.connectors.workday;

/**
 * The OAuth 2.0 refresh-token grant failed. {@link #reason()} names the bad part so the customer knows what to fix.
 */
public final class WorkdayTokenException extends WorkdayException {

	/** Which credential the token endpoint refused. */
	public enum Reason {

		/** {@code invalid_client}: unknown API client ID, wrong client secret, or unknown tenant in the token URL. */
		CLIENT_REJECTED,
		/** {@code invalid_grant}: the refresh token is unknown, revoked or belongs to another client. */
		REFRESH_TOKEN_REJECTED,
		/** The token endpoint could not be reached or answered with a server error. */
		UNREACHABLE,
		/** Any other OAuth error (e.g. {@code unauthorized_client}); the code is in the message. */
		OTHER

	}

	private final Reason reason;

	WorkdayTokenException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	@Override
	public boolean retryable() {
		return reason == Reason.UNREACHABLE;
	}

}
