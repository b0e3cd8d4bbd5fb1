package com.mlconnector.sandbox.workday.soap;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import com.mlconnector.sandbox.faults.RequestLog;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Workday Web Services endpoint {@code {prefix}/ccx/service/{tenant}/{Service}/v{NN.N}} (NOTES.md §1). Order of
 * checks: readable envelope, authentication, known operation of this service, schema validation of the body
 * element, admin-queued faults, then the operation.
 */
@RestController("workdaySandboxSoapController")
class WorkdaySoapController {

	private static final MediaType TEXT_XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

	private static final Pattern VERSION = Pattern.compile("v\\d+(\\.\\d+)?");

	private static final List<String> SERVICES = List.of(SoapOperation.FINANCIAL_MANAGEMENT,
			SoapOperation.RESOURCE_MANAGEMENT);

	private final Map<String, SoapOperation> operations;

	private final WsSecurity security;

	private final WorkdaySchema schema;

	private final FaultQueue faultQueue;

	WorkdaySoapController(List<SoapOperation> operations, WsSecurity security, WorkdaySchema schema,
			FaultQueue faultQueue) {
		this.operations = operations.stream()
			.collect(Collectors.toUnmodifiableMap(SoapOperation::requestElement, Function.identity()));
		this.security = security;
		this.schema = schema;
		this.faultQueue = faultQueue;
	}

	@PostMapping(path = "${sandbox.workday.path-prefix:/sandbox/workday}/ccx/service/{tenant}/{service}/{version}")
	ResponseEntity<String> handle(@PathVariable String tenant, @PathVariable String service,
			@PathVariable String version, @RequestBody(required = false) byte[] body, HttpServletRequest request) {
		try {
			if (!SERVICES.contains(service) || !VERSION.matcher(version).matches()) {
				// Not a Workday text: the sandbox only serves the two finance services.
				throw SoapFault.client("Unknown service or version: " + service + "/" + version, 404);
			}
			Element envelope = envelope(body);
			String user = this.security.authenticate(envelope, tenant, request.getHeader(HttpHeaders.AUTHORIZATION));
			request.setAttribute(RequestLog.CLIENT_ID_ATTRIBUTE, user);
			Element requestElement = Dom.firstElement(Dom.child(envelope, Wd.SOAP_ENV, "Body"));
			SoapOperation operation = operation(requestElement, service);
			List<ValidationError> schemaErrors = this.schema.validate(requestElement);
			if (!schemaErrors.isEmpty()) {
				throw SoapFault.validation(schemaErrors);
			}
			String name = requestElement.getLocalName().replaceFirst("_Request$", "");
			SoapFault queued = this.faultQueue.poll(name);
			if (queued != null) {
				throw queued;
			}
			String response = operation.handle(requestElement, new SoapCall(tenant, service, version, user));
			return ResponseEntity.ok().contentType(TEXT_XML).body(SoapEnvelopes.body(response));
		}
		catch (SoapFault fault) {
			return ResponseEntity.status(fault.httpStatus()).contentType(TEXT_XML).body(SoapEnvelopes.fault(fault));
		}
	}

	private static Element envelope(byte[] body) {
		if (body == null || body.length == 0) {
			throw SoapFault.client("Empty request: a SOAP 1.1 envelope is expected", 400);
		}
		try {
			Document document = Dom.parse(body);
			Element envelope = document.getDocumentElement();
			if (!Wd.SOAP_ENV.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
				throw SoapFault.client("Not a SOAP 1.1 envelope (namespace " + Wd.SOAP_ENV + ")", 500);
			}
			return envelope;
		}
		catch (IOException | SAXException ex) {
			throw SoapFault.client("Unreadable XML: " + ex.getMessage(), 500);
		}
	}

	private SoapOperation operation(Element requestElement, String service) {
		if (requestElement == null || !Wd.NS.equals(requestElement.getNamespaceURI())) {
			throw SoapFault.client("The SOAP body must hold one request element in namespace " + Wd.NS, 500);
		}
		SoapOperation operation = this.operations.get(requestElement.getLocalName());
		if (operation == null || !operation.services().contains(service)) {
			throw SoapFault.client("Operation " + requestElement.getLocalName() + " is not supported by service "
					+ service + " in this sandbox", 500);
		}
		return operation;
	}

}
