package com.mlconnector.connectors.workday;

/** Workday failed while processing a valid request ({@code Processing_Fault}); retried with backoff. */
public final class WorkdayProcessingException extends WorkdayException {

	WorkdayProcessingException(String message) {
		super(message);
	}

	@Override
	public boolean retryable() {
		return true;
	}

}
