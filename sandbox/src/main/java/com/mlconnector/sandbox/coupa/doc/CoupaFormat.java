package com.mlconnector.sandbox.coupa.doc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * JSON or XML, chosen by {@code Accept} ([DOC S-GS]); XML when the client does not ask for JSON,
 * as third parties report Coupa does ([3P truto]). Also renders each format's error shapes.
 */
public enum CoupaFormat {

	JSON(new MediaType("application", "json", StandardCharsets.UTF_8)),
	XML(new MediaType("application", "xml", StandardCharsets.UTF_8));

	private final MediaType mediaType;

	CoupaFormat(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	public static CoupaFormat fromAccept(String accept) {
		return (accept != null && accept.toLowerCase().contains("json")) ? JSON : XML;
	}

	/** Request bodies: by {@code Content-Type}, falling back to sniffing the first character. */
	public static Object readBody(String contentType, byte[] body) {
		boolean xml = (contentType != null) ? contentType.toLowerCase().contains("xml")
				: new String(body, StandardCharsets.UTF_8).trim().startsWith("<");
		return xml ? XmlDocs.read(body).tree() : JsonDocs.read(body);
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

	/** One record: bare object in JSON, {@code <root>} element in XML. */
	public ResponseEntity<String> one(HttpStatus status, String root, Map<String, Object> document) {
		return entity(status, (this == JSON) ? JsonDocs.write(document) : XmlDocs.write(root, document));
	}

	/**
	 * A list: bare array in JSON ({@code []} when empty); in XML {@code <root type="array">}, or 404 with
	 * {@code No results match your search criteria.} when empty ([DOC S-XJ]).
	 */
	public ResponseEntity<String> list(String listRoot, List<Map<String, Object>> documents) {
		if (this == XML && documents.isEmpty()) {
			return errors(HttpStatus.NOT_FOUND, "", List.of("No results match your search criteria."));
		}
		return entity(HttpStatus.OK, (this == JSON) ? JsonDocs.write(documents) : XmlDocs.write(listRoot, documents));
	}

	/**
	 * Validation-style errors: JSON {@code {"errors": {"<object>": [..]}}}, XML
	 * {@code <errors><error>..</error></errors>} (samples {@code error-response-validation.*}).
	 */
	public ResponseEntity<String> errors(HttpStatus status, String object, List<String> messages) {
		if (this == JSON) {
			return entity(status, JsonDocs.write(Docs.doc("errors", Docs.doc(object, messages))));
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n");
		messages.forEach((m) -> xml.append("<error>").append(escape(m)).append("</error>\n"));
		return entity(status, xml.append("</errors>\n").toString());
	}

	/**
	 * Gateway-style errors (401, 403, 429): Coupa's documented string for a rejected token is
	 * {@code {"statusCode":401,"message":"Unauthorized. Access token is missing or invalid."}}
	 * ([DOC S-CALLOUT-OAUTH]); XML clients get the {@code <errors>} shape.
	 */
	public ResponseEntity<String> status(HttpStatus status, String message, HttpHeaders headers) {
		String body = (this == JSON) ? JsonDocs.write(Docs.doc("statusCode", (long) status.value(), "message", message))
				: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n<error>" + escape(message) + "</error>\n</errors>\n";
		return ResponseEntity.status(status).headers(headers).contentType(this.mediaType).body(body);
	}

	public ResponseEntity<String> empty(HttpStatus status) {
		return ResponseEntity.status(status).build();
	}

	private ResponseEntity<String> entity(HttpStatus status, String body) {
		return ResponseEntity.status(status).contentType(this.mediaType).body(body);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
