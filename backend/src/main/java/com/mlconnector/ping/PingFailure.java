package com.mlconnector.ping;

/**
 * Thrown by a step to fail with a message the customer can act on, e.g. "scope core.supplier.write
 * is not granted to this client". Never put a secret in the message.
 */
public class PingFailure extends RuntimeException {

	public PingFailure(String message) {
		super(message);
	}

}
