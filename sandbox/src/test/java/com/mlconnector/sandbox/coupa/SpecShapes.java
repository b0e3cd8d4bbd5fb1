package com.mlconnector.sandbox.coupa;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks response documents against the R39 Swagger definitions (copied, trimmed to the definitions
 * used here, into {@code coupa/r39-definitions.json}): every key must be a property of the
 * definition (or a known extra that real Coupa responses also carry), and every value must have the
 * property's type. Accepts JSON values (decimals as strings) and XML-typed values.
 */
final class SpecShapes {

	/** Keys real Coupa sends that the R39 definitions lack (samples: invoice-get-show.xml, supplier JSON). */
	static final Set<String> EXTRAS = Set.of("custom-fields", "invoice-description", "risk-level",
			"override-tax-country");

	private final Map<String, Map<String, Map<String, Object>>> definitions;

	@SuppressWarnings("unchecked")
	SpecShapes() {
		try (InputStream in = SpecShapes.class.getResourceAsStream("/coupa/r39-definitions.json")) {
			this.definitions = CoupaHttp.JSON.readValue(in, Map.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<String> violations(String definition, Map<String, Object> document) {
		List<String> result = new ArrayList<>();
		check(definition, document, definition, result);
		return result;
	}

	@SuppressWarnings("unchecked")
	private void check(String definition, Map<String, Object> document, String path, List<String> result) {
		Map<String, Map<String, Object>> properties = this.definitions.get(definition);
		if (properties == null) {
			return;
		}
		document.forEach((key, value) -> {
			Map<String, Object> property = properties.get(key);
			if (property == null) {
				if (!EXTRAS.contains(key)) {
					result.add(path + "." + key + ": not in " + definition);
				}
				return;
			}
			if (value == null) {
				return;
			}
			String where = path + "." + key;
			String type = (String) property.get("type");
			String format = (String) property.get("format");
			Object ref = property.get("$ref");
			if (ref != null) {
				if (value instanceof Map<?, ?> map) {
					check((String) ref, (Map<String, Object>) map, where, result);
				}
				else {
					result.add(where + ": expected object " + ref + " but was " + value);
				}
			}
			else if ("array".equals(type)) {
				if (!(value instanceof List<?> list)) {
					result.add(where + ": expected array");
					return;
				}
				Object itemRef = ((Map<String, Object>) property.getOrDefault("items", Map.of())).get("$ref");
				for (Object item : list) {
					if (itemRef != null && item instanceof Map<?, ?> map) {
						check((String) itemRef, (Map<String, Object>) map, where + "[]", result);
					}
				}
			}
			else if (!scalarOk(type, format, value)) {
				result.add(where + ": expected " + type + "/" + format + " but was " + value.getClass().getSimpleName()
						+ " " + value);
			}
		});
	}

	private static boolean scalarOk(String type, String format, Object value) {
		return switch (type) {
			case "integer" -> value instanceof Integer || value instanceof Long;
			case "number" -> value instanceof BigDecimal || value instanceof Number || decimal(value);
			case "boolean" -> value instanceof Boolean;
			case "string" -> switch ((format != null) ? format : "") {
				case "datetime" -> value instanceof OffsetDateTime || datetime(value);
				case "int" -> value instanceof Integer || value instanceof Long || decimal(value);
				default -> value instanceof String || value instanceof Number;
			};
			default -> true;
		};
	}

	private static boolean decimal(Object value) {
		try {
			new BigDecimal(value.toString());
			return value instanceof String || value instanceof Number;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static boolean datetime(Object value) {
		try {
			OffsetDateTime.parse(value.toString());
			return value instanceof String;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
