package com.mlconnector.apitoken;

/** An API token request was refused; the message is meant for the caller. */
public class ApiTokenException extends RuntimeException {

	public ApiTokenException(String message) {
		super(message);
	}

}
