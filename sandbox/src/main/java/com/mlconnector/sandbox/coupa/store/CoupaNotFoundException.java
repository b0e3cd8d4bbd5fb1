package com.mlconnector.sandbox.coupa.store;

/** No record with the requested id. */
public class CoupaNotFoundException extends RuntimeException {

	public CoupaNotFoundException(String message) {
		super(message);
	}

}
