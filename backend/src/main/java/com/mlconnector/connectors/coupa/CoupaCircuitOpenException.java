package com.mlconnector.connectors.coupa;

/**
 * The tenant's Coupa circuit breaker is open after repeated transient failures: the call was not sent. Retry
 * later (the breaker lets trial calls through after its wait).
 */
public final class CoupaCircuitOpenException extends CoupaException {

	CoupaCircuitOpenException(String message, Throwable cause) {
		super(message, cause);
	}

}
