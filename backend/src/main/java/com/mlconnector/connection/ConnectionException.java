package com.mlconnector.connection;

/** Connection settings were refused; the message is meant for the person who entered them. */
public class ConnectionException extends RuntimeException {

	public ConnectionException(String message) {
		super(message);
	}

}
