package com.mlconnector.sandbox.coupa.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.mlconnector.sandbox.coupa.doc.DocValues;
import com.mlconnector.sandbox.coupa.doc.Docs;

/**
 * Resolves references sent in request bodies ({@code <supplier><name>..</name></supplier>},
 * {@code <currency><code>..</code></currency>}, ...) to the instance's records. Coupa: referenced data
 * must already exist, or the value is left unchanged (NOTES §1.1).
 */
final class References {

	private References() {
	}

	/** The first record matching any identifying key the reference carries (id, number, name, code). */
	static Map<String, Object> find(List<Map<String, Object>> records, Object reference, String... keys) {
		Map<String, Object> ref = Docs.map(reference);
		if (ref == null) {
			return null;
		}
		for (String key : keys) {
			Object wanted = ref.get(key);
			if (wanted == null) {
				continue;
			}
			for (Map<String, Object> record : records) {
				Object actual = record.get(key);
				if (actual != null && Objects.equals(DocValues.string(actual), DocValues.string(wanted))) {
					return record;
				}
			}
		}
		return null;
	}

	static Map<String, Object> currency(Object reference) {
		Map<String, Object> ref = Docs.map(reference);
		if (ref == null) {
			return null;
		}
		if (ref.get("code") != null) {
			return CoupaCatalog.currency(DocValues.string(ref.get("code")));
		}
		Long id = DocValues.integer(ref.get("id"));
		if (id != null && id >= 1 && id <= CoupaCatalog.CURRENCIES.size()) {
			return CoupaCatalog.currency(CoupaCatalog.CURRENCIES.get(id.intValue() - 1));
		}
		return null;
	}

	static Map<String, Object> paymentTerm(Object reference) {
		Map<String, Object> ref = Docs.map(reference);
		if (ref == null) {
			return null;
		}
		String code = DocValues.string(ref.get("code"));
		Long id = DocValues.integer(ref.get("id"));
		if (code != null && CoupaCatalog.PAYMENT_TERMS.contains(code)) {
			return CoupaCatalog.paymentTerm(code);
		}
		if (id != null && id >= 1 && id <= CoupaCatalog.PAYMENT_TERMS.size()) {
			return CoupaCatalog.paymentTerm(CoupaCatalog.PAYMENT_TERMS.get(id.intValue() - 1));
		}
		return null;
	}

	/** Short supplier form nested in transactions. */
	static Map<String, Object> supplierRef(Map<String, Object> supplier) {
		return Docs.doc("id", supplier.get("id"), "name", supplier.get("name"), "number", supplier.get("number"));
	}

}
