package com.mlconnector.sandbox.coupa.doc;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers to build, copy and read document trees. */
public final class Docs {

	/** Coupa prints datetimes with a numeric offset, e.g. {@code 2024-04-01T02:16:48+03:00}. */
	public static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private Docs() {
	}

	/** A map from alternating key/value arguments, keeping order. */
	public static Map<String, Object> doc(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	public static OffsetDateTime utc(OffsetDateTime time) {
		return time.withOffsetSameInstant(ZoneOffset.UTC);
	}

	/** Deep copy, so overlay edits never touch a shared tree. */
	@SuppressWarnings("unchecked")
	public static <T> T copy(T value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> result = new LinkedHashMap<>();
			map.forEach((k, v) -> result.put((String) k, copy(v)));
			return (T) result;
		}
		if (value instanceof List<?> list) {
			List<Object> result = new ArrayList<>(list.size());
			list.forEach((v) -> result.add(copy(v)));
			return (T) result;
		}
		return value;
	}

	/** Normalises a key as Coupa does: underscores and hyphens are the same. */
	public static String key(String name) {
		return name.replace('_', '-');
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(Object value) {
		return (value instanceof Map<?, ?>) ? (Map<String, Object>) value : null;
	}

	@SuppressWarnings("unchecked")
	public static List<Object> list(Object value) {
		return (value instanceof List<?>) ? (List<Object>) value : null;
	}

	/** Follows a path of keys through nested maps; lists fan out (first match wins for reads). */
	public static Object get(Object root, List<String> path) {
		Object current = root;
		for (String part : path) {
			Map<String, Object> map = map(current);
			if (map == null) {
				return null;
			}
			current = map.get(part);
		}
		return current;
	}

	/** All values reachable by a path, with lists on the way expanded (for association filters). */
	public static List<Object> values(Object root, List<String> path) {
		List<Object> result = new ArrayList<>();
		collect(root, path, 0, result);
		return result;
	}

	private static void collect(Object node, List<String> path, int index, List<Object> result) {
		if (node instanceof List<?> list) {
			list.forEach((item) -> collect(item, path, index, result));
			return;
		}
		if (index == path.size()) {
			result.add(node);
			return;
		}
		Map<String, Object> map = map(node);
		if (map != null) {
			collect(map.get(path.get(index)), path, index + 1, result);
		}
	}

	/** Text form of a scalar as both formats print it. */
	public static String text(Object value) {
		if (value instanceof OffsetDateTime time) {
			return DATETIME.format(time);
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return (value != null) ? value.toString() : null;
	}

}
