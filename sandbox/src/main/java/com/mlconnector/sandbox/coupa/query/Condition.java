package com.mlconnector.sandbox.coupa.query;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.mlconnector.sandbox.coupa.doc.DocValues;
import com.mlconnector.sandbox.coupa.doc.Docs;

/**
 * One {@code attr[op]=value} condition. Operators: none (exact), {@code contains}, {@code starts_with},
 * {@code ends_with}, {@code gt}, {@code lt}, {@code gt_or_eq}, {@code lt_or_eq}, {@code not_eq},
 * {@code in}, {@code not_in}, {@code blank} (NOTES §1.3, [DOC S-OPS]). Through a one-to-many path the
 * condition holds when any reached value matches (negative operators: when none is equal).
 */
record Condition(List<String> path, String operator, String value) {

	static final List<String> OPERATORS = List.of("contains", "starts_with", "ends_with", "gt", "lt", "gt_or_eq",
			"lt_or_eq", "not_eq", "in", "not_in", "blank");

	boolean test(Map<String, Object> document) {
		List<Object> values = Docs.values(document, this.path);
		if (values.isEmpty()) {
			values = java.util.Collections.singletonList(null);
		}
		return switch (this.operator) {
			case "not_eq" -> values.stream().noneMatch((v) -> equal(v, this.value));
			case "not_in" -> values.stream().noneMatch((v) -> list().stream().anyMatch((w) -> equal(v, w)));
			case "blank" -> values.stream().anyMatch((v) -> blank(v) == Boolean.parseBoolean(this.value));
			default -> values.stream().anyMatch(this::matches);
		};
	}

	private boolean matches(Object actual) {
		return switch (this.operator) {
			case "" -> equal(actual, this.value);
			case "in" -> list().stream().anyMatch((w) -> equal(actual, w));
			case "contains" -> text(actual).contains(this.value.toLowerCase());
			case "starts_with" -> text(actual).startsWith(this.value.toLowerCase());
			case "ends_with" -> text(actual).endsWith(this.value.toLowerCase());
			case "gt" -> compare(actual) > 0;
			case "lt" -> compare(actual) < 0 && actual != null;
			case "gt_or_eq" -> compare(actual) >= 0;
			case "lt_or_eq" -> compare(actual) <= 0 && actual != null;
			default -> false;
		};
	}

	private List<String> list() {
		return Arrays.stream(this.value.split(",")).map(String::trim).toList();
	}

	/** An association compared to a bare value compares its id (e.g. {@code supplier=12}). */
	private static Object scalar(Object actual) {
		Map<String, Object> map = Docs.map(actual);
		return (map != null) ? map.get("id") : actual;
	}

	private static boolean blank(Object actual) {
		Object value = scalar(actual);
		return value == null || value.toString().isBlank();
	}

	private static String text(Object actual) {
		Object value = scalar(actual);
		return (value != null) ? Docs.text(value).toLowerCase() : "";
	}

	static boolean equal(Object actual, String wanted) {
		Object value = scalar(actual);
		if (value == null) {
			return "".equals(wanted) || "null".equals(wanted);
		}
		if (value instanceof Boolean b) {
			return b == Boolean.parseBoolean(wanted);
		}
		if (value instanceof OffsetDateTime || value instanceof BigDecimal || value instanceof Number) {
			return compareTo(value, wanted) == 0;
		}
		return value.toString().equals(wanted);
	}

	/** Null sorts below everything, so {@code gt} never matches a missing value. */
	private int compare(Object actual) {
		Object value = scalar(actual);
		return (value == null) ? -1 : compareTo(value, this.value);
	}

	private static int compareTo(Object value, String wanted) {
		if (value instanceof OffsetDateTime time) {
			OffsetDateTime other = DocValues.dateTime(wanted);
			if (other == null) {
				throw new CoupaQueryException("Invalid date: " + wanted);
			}
			return time.toInstant().compareTo(other.toInstant());
		}
		if (value instanceof BigDecimal || value instanceof Number) {
			BigDecimal other = DocValues.decimal(wanted);
			if (other == null) {
				throw new CoupaQueryException("Invalid number: " + wanted);
			}
			return DocValues.decimal(value).compareTo(other);
		}
		return Docs.text(value).compareTo(wanted);
	}

}
