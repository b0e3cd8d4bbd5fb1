package com.mlconnector.sandbox.coupa.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mlconnector.sandbox.coupa.doc.Docs;
import com.mlconnector.sandbox.coupa.doc.JsonDocs;

/**
 * Trims a response: {@code fields=["id",{"invoice_lines":["id"]}]} keeps the named fields, nested
 * arrays select inside associations, {@code {"custom_fields":{}}} keeps an association whole;
 * {@code return_object=limited} keeps only the id, {@code shallow} reduces associations to their id
 * and natural keys, {@code none} returns nothing ([DOC S-RF]).
 */
public final class Projection {

	private static final Set<String> NATURAL_KEYS = Set.of("id", "name", "number", "code", "login", "email",
			"po-number", "invoice-number", "remit-to-code");

	private final List<Object> fields;

	private final String returnObject;

	private Projection(List<Object> fields, String returnObject) {
		this.fields = fields;
		this.returnObject = returnObject;
	}

	public static Projection of(String fields, String returnObject) {
		List<Object> parsed = null;
		if (fields != null) {
			Object tree;
			try {
				tree = JsonDocs.read(fields.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			catch (RuntimeException ex) {
				throw new CoupaQueryException("fields must be a JSON array");
			}
			parsed = Docs.list(tree);
			if (parsed == null) {
				throw new CoupaQueryException("fields must be a JSON array");
			}
		}
		return new Projection(parsed, returnObject);
	}

	/** {@code return_object=none}: the answer has no body. */
	public boolean none() {
		return "none".equals(this.returnObject);
	}

	public Map<String, Object> apply(Map<String, Object> document) {
		if ("limited".equals(this.returnObject)) {
			return Docs.doc("id", document.get("id"));
		}
		if ("shallow".equals(this.returnObject)) {
			return shallow(document);
		}
		return (this.fields != null) ? select(document, this.fields) : document;
	}

	private static Map<String, Object> select(Map<String, Object> document, List<Object> fields) {
		Map<String, Object> result = new LinkedHashMap<>();
		for (Object field : fields) {
			if (field instanceof String name) {
				String key = Docs.key(name);
				if (document.containsKey(key)) {
					result.put(key, document.get(key));
				}
			}
			else if (Docs.map(field) != null) {
				Docs.map(field).forEach((name, nested) -> {
					String key = Docs.key(name);
					if (document.containsKey(key)) {
						result.put(key, nested(document.get(key), Docs.list(nested)));
					}
				});
			}
		}
		return result;
	}

	private static Object nested(Object value, List<Object> fields) {
		if (fields == null || fields.isEmpty()) {
			return value;
		}
		if (Docs.map(value) != null) {
			return select(Docs.map(value), fields);
		}
		if (Docs.list(value) != null) {
			return Docs.list(value).stream().map((item) -> nested(item, fields)).toList();
		}
		return value;
	}

	private static Map<String, Object> shallow(Map<String, Object> document) {
		Map<String, Object> result = new LinkedHashMap<>();
		document.forEach((key, value) -> {
			if (Docs.map(value) != null) {
				Map<String, Object> keys = new LinkedHashMap<>();
				Docs.map(value).forEach((k, v) -> {
					if (NATURAL_KEYS.contains(k)) {
						keys.put(k, v);
					}
				});
				result.put(key, keys);
			}
			else if (Docs.list(value) != null) {
				result.put(key, Docs.list(value).stream()
					.map((item) -> (Docs.map(item) != null) ? Docs.doc("id", Docs.map(item).get("id")) : item)
					.toList());
			}
			else {
				result.put(key, value);
			}
		});
		return result;
	}

}
