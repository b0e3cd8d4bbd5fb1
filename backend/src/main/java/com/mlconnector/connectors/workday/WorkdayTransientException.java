package com.mlconnector.connectors.workday;

/**
 * Workday could not be reached or answered with a server error: HTTP 5xx without a SOAP fault, a timeout, a reset
 * connection, or the tenant's circuit breaker is open. Retried with backoff.
 */
public final class WorkdayTransientException extends WorkdayException {

	WorkdayTransientException(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public boolean retryable() {
		return true;
	}

}
