package com.mlconnector.connectors.coupa;

/**
 * Base of the typed Coupa errors. Messages are written for the customer: they say what is wrong and never
 * contain a secret or a token.
 */
public abstract sealed class CoupaException extends RuntimeException permits CoupaAuthenticationException,
		CoupaValidationException, CoupaNotFoundException, CoupaTransientException, CoupaCircuitOpenException {

	CoupaException(String message, Throwable cause) {
		super(message, cause);
	}

}
