package com.mlconnector.sandbox.coupa.store;

import java.util.List;

/**
 * A rejected write; rendered as {@code {"errors": {"<object>": [...]}}} in JSON and
 * {@code <errors><error>..</error></errors>} in XML (samples {@code error-response-validation.*}).
 */
public class CoupaValidationException extends RuntimeException {

	private final String object;

	private final List<String> messages;

	public CoupaValidationException(String object, List<String> messages) {
		super(object + ": " + messages);
		this.object = object;
		this.messages = List.copyOf(messages);
	}

	public String object() {
		return this.object;
	}

	public List<String> messages() {
		return this.messages;
	}

}
