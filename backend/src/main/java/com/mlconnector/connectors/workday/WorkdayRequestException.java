package com.mlconnector.connectors.workday;

/**
 * Workday refused the request for a reason that is neither a validation nor an authentication fault: an HTTP 4xx
 * without a SOAP fault (e.g. an unknown service or version in the URL) or a client SOAP fault without detail. Not
 * retried: it points to a configuration problem.
 */
public final class WorkdayRequestException extends WorkdayException {

	WorkdayRequestException(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public boolean retryable() {
		return false;
	}

}
