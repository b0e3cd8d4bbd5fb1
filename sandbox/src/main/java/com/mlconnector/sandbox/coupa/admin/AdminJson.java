package com.mlconnector.sandbox.coupa.admin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.mlconnector.sandbox.coupa.doc.Docs;
import com.mlconnector.sandbox.coupa.doc.JsonDocs;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** JSON in and out of the admin API, through the sandbox's own mapper (never the host's). */
final class AdminJson {

	private AdminJson() {
	}

	static ResponseEntity<String> ok(Object body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JsonDocs.write(body));
	}

	static ResponseEntity<String> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
			.body(JsonDocs.write(Docs.doc("error", message)));
	}

	/** The body as a map; keys hyphenated (underscores and camelCase both accepted). */
	static Map<String, Object> read(byte[] body) {
		if (body == null || body.length == 0) {
			return new LinkedHashMap<>();
		}
		Map<String, Object> map = Docs.map(JsonDocs.read(body));
		if (map == null) {
			throw new IllegalArgumentException("body must be a JSON object: " + new String(body, StandardCharsets.UTF_8));
		}
		return map;
	}

	/** Looks a value up by any spelling: {@code perSecond}, {@code per-second}, {@code per_second}. */
	static Object get(Map<String, Object> map, String camel) {
		String hyphen = camel.replaceAll("([A-Z])", "-$1").toLowerCase();
		return map.containsKey(camel) ? map.get(camel) : map.get(hyphen);
	}

}
