package com.mlconnector.sandbox.coupa.doc;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON rendering: no root wrapper, lists are bare arrays, decimals are strings (as in the Coupa
 * samples, e.g. {@code "total": "100.00"}) and ids stay numbers.
 */
public final class JsonDocs {

	// a private mapper: the sandbox must not define or alter the host application's JSON mapper
	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private JsonDocs() {
	}

	public static String write(Object tree) {
		return MAPPER.writeValueAsString(toJson(tree));
	}

	/**
	 * Parses a request body; keys are normalised to the hyphenated spelling.
	 * @throws DocParseException when the body is not JSON
	 */
	public static Object read(byte[] body) {
		try {
			return normalise(MAPPER.readValue(body, Object.class));
		}
		catch (JacksonException ex) {
			throw new DocParseException("Malformed JSON: " + ex.getOriginalMessage());
		}
	}

	/** Parses JSON as is: no key normalisation (for the sandbox's own resources). */
	public static Object readRaw(byte[] body) {
		return MAPPER.readValue(body, Object.class);
	}

	private static Object toJson(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> result = new LinkedHashMap<>();
			map.forEach((k, v) -> result.put((String) k, toJson(v)));
			return result;
		}
		if (value instanceof List<?> list) {
			List<Object> result = new ArrayList<>(list.size());
			list.forEach((v) -> result.add(toJson(v)));
			return result;
		}
		if (value instanceof BigDecimal || value instanceof OffsetDateTime) {
			return Docs.text(value);
		}
		return value;
	}

	private static Object normalise(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> result = new LinkedHashMap<>();
			map.forEach((k, v) -> result.put(Docs.key((String) k), normalise(v)));
			return result;
		}
		if (value instanceof List<?> list) {
			List<Object> result = new ArrayList<>(list.size());
			list.forEach((v) -> result.add(normalise(v)));
			return result;
		}
		if (value instanceof Integer number) {
			return number.longValue();
		}
		if (value instanceof Double number) {
			return BigDecimal.valueOf(number);
		}
		return value;
	}

}
