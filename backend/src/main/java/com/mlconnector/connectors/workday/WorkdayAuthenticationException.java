package com.mlconnector.connectors.workday;

/**
 * Workday rejected the Integration System User ({@code SOAP-ENV:Client.authenticationError}): wrong user name,
 * password, or tenant name (a user {@code x@tenant} does not exist in another tenant). Not retried.
 */
public final class WorkdayAuthenticationException extends WorkdayException {

	WorkdayAuthenticationException(String message) {
		super(message);
	}

	@Override
	public boolean retryable() {
		return false;
	}

}
