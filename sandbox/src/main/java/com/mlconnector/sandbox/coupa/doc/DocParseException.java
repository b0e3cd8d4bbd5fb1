package com.mlconnector.sandbox.coupa.doc;

/** A request body that is neither valid JSON nor valid XML. */
public class DocParseException extends RuntimeException {

	public DocParseException(String message) {
		super(message);
	}

}
