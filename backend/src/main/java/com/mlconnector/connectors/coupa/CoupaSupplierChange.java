package com.mlconnector.connectors.coupa;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The supplier fields a create or update sends. {@code null} fields are left out, so an update changes only
 * what is set (Coupa's PUT takes just the elements being changed).
 *
 * @param paymentTermCode e.g. {@code Net 30}; must exist in Coupa (an unknown one is ignored by Coupa)
 * @param status {@code active} or {@code inactive}
 */
public record CoupaSupplierChange(String name, String displayName, String number, String status, String taxId,
		String accountNumber, String paymentMethod, String paymentTermCode) {

	/** Coupa's JSON body, hyphenated keys. */
	Map<String, Object> toBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		put(body, "name", this.name);
		put(body, "display-name", this.displayName);
		put(body, "number", this.number);
		put(body, "status", this.status);
		put(body, "tax-id", this.taxId);
		put(body, "account-number", this.accountNumber);
		put(body, "payment-method", this.paymentMethod);
		if (this.paymentTermCode != null) {
			body.put("payment-term", Map.of("code", this.paymentTermCode));
		}
		return body;
	}

	private static void put(Map<String, Object> body, String key, Object value) {
		if (value != null) {
			body.put(key, value);
		}
	}

}
