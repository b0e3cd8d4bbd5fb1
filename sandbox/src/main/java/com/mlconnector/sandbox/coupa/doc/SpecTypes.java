package com.mlconnector.sandbox.coupa.doc;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives incoming values the types of the R39 Swagger definitions ({@code coupa/r39-definitions.json},
 * trimmed from {@code reference/coupa/openapi}): untyped XML like {@code <paid>true</paid>} becomes a
 * boolean, amounts decimals, datetimes datetimes. Keys the definition does not have are dropped
 * ([INF] Coupa ignores unknown attributes), except custom fields.
 */
public final class SpecTypes {

	private static final Set<String> KEPT_EXTRAS = Set.of("custom-fields", "invoice-description", "-close", "-cancel");

	private static final Map<String, Map<String, Map<String, Object>>> DEFINITIONS = load();

	private SpecTypes() {
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Map<String, Object>>> load() {
		try (InputStream in = SpecTypes.class.getResourceAsStream("/coupa/r39-definitions.json")) {
			return (Map<String, Map<String, Map<String, Object>>>) (Map<?, ?>) JsonDocs.readRaw(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A typed copy of {@code document} for the definition; unknown definitions leave values as they are. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> coerce(String definition, Map<String, Object> document) {
		Map<String, Map<String, Object>> properties = DEFINITIONS.get(definition);
		if (properties == null) {
			return document;
		}
		Map<String, Object> result = new LinkedHashMap<>();
		document.forEach((key, value) -> {
			Map<String, Object> property = properties.get(key);
			if (property == null) {
				if (KEPT_EXTRAS.contains(key)) {
					result.put(key, value);
				}
				return;
			}
			result.put(key, coerce(property, value));
		});
		return result;
	}

	@SuppressWarnings("unchecked")
	private static Object coerce(Map<String, Object> property, Object value) {
		if (value == null) {
			return null;
		}
		Object ref = property.get("$ref");
		if (ref != null) {
			return (value instanceof Map<?, ?> map) ? coerce((String) ref, (Map<String, Object>) map) : value;
		}
		String type = (String) property.get("type");
		if ("array".equals(type)) {
			Object itemRef = ((Map<String, Object>) property.getOrDefault("items", Map.of())).get("$ref");
			if (!(value instanceof List<?> list) || itemRef == null) {
				return value;
			}
			List<Object> result = new ArrayList<>();
			list.forEach((item) -> result.add((item instanceof Map<?, ?> m) ? coerce((String) itemRef, (Map<String, Object>) m) : item));
			return result;
		}
		Object typed = switch ((type != null) ? type : "") {
			case "integer" -> DocValues.integer(value);
			case "number" -> DocValues.decimal(value);
			case "boolean" -> DocValues.bool(value);
			case "string" -> "datetime".equals(property.get("format")) ? DocValues.dateTime(value) : value;
			default -> value;
		};
		// a value that does not convert is kept as sent rather than lost
		return (typed != null) ? typed : value;
	}

}
