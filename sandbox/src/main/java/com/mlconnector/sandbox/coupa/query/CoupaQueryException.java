package com.mlconnector.sandbox.coupa.query;

/** A query Coupa would reject (bad operator value, malformed {@code fields}); answered with 400. */
public class CoupaQueryException extends RuntimeException {

	public CoupaQueryException(String message) {
		super(message);
	}

}
