package com.mlconnector.connectors.workday;

/**
 * Workday could not be reached or answered with a server error: HTTP 5xx without a SOAP fault, 429, a
 * timeout, a reset connection, or the tenant's circuit breaker is open.
 * <p>
 * For a read this is retried with backoff. For a submit that may have reached Workday (a timeout, a
 * reset or a 5xx after the request was sent) the outcome is unknown: {@link #outcomeUnknown()} is
 * true, it is not retried here, and the caller must look the document up in Workday by its own id
 * before sending it again (DESIGN §6), because a blind retry could post it twice.
 */
public final class WorkdayTransientException extends WorkdayException {

	private final boolean outcomeUnknown;

	WorkdayTransientException(String message, Throwable cause) {
		this(message, cause, false);
	}

	WorkdayTransientException(String message, Throwable cause, boolean outcomeUnknown) {
		super(message, cause);
		this.outcomeUnknown = outcomeUnknown;
	}

	/** True when a submit may or may not have been applied by Workday. */
	public boolean outcomeUnknown() {
		return outcomeUnknown;
	}

	@Override
	public boolean retryable() {
		return !outcomeUnknown;
	}

}
