package com.mlconnector.connectors.coupa;

import java.util.List;

/**
 * Coupa rejected the request (a 4xx other than 401, 403, 404 and 429), with its error messages, e.g.
 * {@code supplier: Name can't be blank}. Never retried; does not count against the circuit breaker.
 */
public final class CoupaValidationException extends CoupaException {

	private final int status;

	private final List<String> errors;

	CoupaValidationException(int status, List<String> errors, String what) {
		super("Coupa rejected " + what + " (HTTP " + status + "): "
				+ (errors.isEmpty() ? "no reason given" : String.join("; ", errors)), null);
		this.status = status;
		this.errors = List.copyOf(errors);
	}

	public int status() {
		return this.status;
	}

	/** Coupa's messages, each prefixed with the object it names ({@code "supplier: Name can't be blank"}). */
	public List<String> errors() {
		return this.errors;
	}

}
