package com.mlconnector.user;

/** A user could not be created or changed; the message is meant for the person who asked. */
public class UserException extends RuntimeException {

	public UserException(String message) {
		super(message);
	}

}
