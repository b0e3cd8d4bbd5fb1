package com.mlconnector.connectors.coupa;

/** Coupa has no record with the requested id (404). Never retried. */
public final class CoupaNotFoundException extends CoupaException {

	CoupaNotFoundException(String what) {
		super("Coupa has no " + what, null);
	}

}
