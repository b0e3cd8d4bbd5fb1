package com.mlconnector.connectors.workday;

/**
 * A failed Workday call, typed by what the caller should do about it. Messages are safe to show to the customer:
 * they never contain a secret.
 */
public abstract sealed class WorkdayException extends RuntimeException
		permits WorkdayAuthenticationException, WorkdayValidationException, WorkdayProcessingException,
		WorkdayTransientException, WorkdayRequestException, WorkdayTokenException {

	WorkdayException(String message) {
		super(message);
	}

	WorkdayException(String message, Throwable cause) {
		super(message, cause);
	}

	/** Whether the same call may succeed if simply tried again later (never true for validation faults). */
	public abstract boolean retryable();

}
