package com.mlconnector.sandbox.coupa.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mlconnector.sandbox.coupa.doc.CoupaFormat;
import com.mlconnector.sandbox.coupa.doc.DocParseException;
import com.mlconnector.sandbox.coupa.doc.Docs;
import com.mlconnector.sandbox.coupa.query.CoupaQuery;
import com.mlconnector.sandbox.coupa.query.Projection;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Shared request and response handling of the resource controllers. */
final class ApiSupport {

	private ApiSupport() {
	}

	static CoupaFormat format(HttpServletRequest request) {
		return CoupaFormat.fromAccept(request.getHeader(HttpHeaders.ACCEPT));
	}

	static CoupaQuery query(HttpServletRequest request, String... ignored) {
		return CoupaQuery.parse(request.getParameterMap(), Set.of(ignored));
	}

	/** The request body as a document; an empty or non-object body is a 400. */
	static Map<String, Object> body(HttpServletRequest request, byte[] body) {
		if (body == null || body.length == 0) {
			return new java.util.LinkedHashMap<>();
		}
		Map<String, Object> document = Docs.map(CoupaFormat.readBody(request.getContentType(), body));
		if (document == null) {
			throw new DocParseException("The request body must be a single object");
		}
		return document;
	}

	static ResponseEntity<String> list(HttpServletRequest request, CoupaQuery query, String listRoot,
			List<Map<String, Object>> records) {
		return format(request).list(listRoot, records.stream().map(query.projection()::apply).toList());
	}

	/** One record, trimmed by {@code fields}/{@code return_object}. */
	static ResponseEntity<String> one(HttpServletRequest request, HttpStatus status, String root,
			Map<String, Object> record) {
		Projection projection = query(request).projection();
		if (projection.none()) {
			return format(request).empty(status);
		}
		return format(request).one(status, root, projection.apply(record));
	}

}
