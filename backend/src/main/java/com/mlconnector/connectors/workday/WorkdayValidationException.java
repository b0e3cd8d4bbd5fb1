package com.mlconnector.connectors.workday;

import java.util.List;

/**
 * Workday refused the request's content ({@code Validation_Fault}): the same request will always fail, so it is
 * never retried and never counts against the circuit breaker. Show {@link #errors()} with their XPaths to the user.
 */
public final class WorkdayValidationException extends WorkdayException {

	private final List<WorkdayValidationError> errors;

	WorkdayValidationException(String message, List<WorkdayValidationError> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	public List<WorkdayValidationError> errors() {
		return errors;
	}

	@Override
	public boolean retryable() {
		return false;
	}

}
