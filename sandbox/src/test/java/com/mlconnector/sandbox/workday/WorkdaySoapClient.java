package com.mlconnector.sandbox.workday;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import com.mlconnector.sandbox.workday.soap.ValidationError;
import com.mlconnector.sandbox.workday.soap.WorkdaySchema;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test client for the SOAP endpoint over real HTTP. Every call validates the request body element and the response
 * body element (or the fault's {@code wd:Validation_Fault}) against the Workday schema, so each test also proves its
 * traffic is schema-valid.
 */
final class WorkdaySoapClient {

	static final String USER = "ISU_MLC@mlc_demo";

	static final String PASSWORD = "Demo-ISU-Passw0rd!";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	private final WorkdaySchema schema;

	WorkdaySoapClient(int port, WorkdaySchema schema) {
		this.port = port;
		this.schema = schema;
	}

	/** Response to one call: HTTP status and the parsed envelope. */
	record Reply(int status, Document document, String raw) {

		boolean isFault() {
			return first("//*[local-name()='Fault']") != null;
		}

		String text(String xpath) {
			Node node = first(xpath);
			return (node != null) ? node.getTextContent() : null;
		}

		Node first(String xpath) {
			NodeList nodes = all(xpath);
			return (nodes.getLength() > 0) ? nodes.item(0) : null;
		}

		NodeList all(String xpath) {
			try {
				return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, this.document,
						XPathConstants.NODESET);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		int count(String xpath) {
			return all(xpath).getLength();
		}

		/** Text of a wd:* path written with local names, e.g. text("Response_Results/Total_Pages"). */
		String wd(String path) {
			StringBuilder xpath = new StringBuilder("/");
			for (String step : path.split("/")) {
				xpath.append("/*[local-name()='").append(step).append("']");
			}
			return text(xpath.toString());
		}

	}

	Reply call(String service, String body) {
		return call("mlc_demo", service, security(USER, PASSWORD), body, null);
	}

	/** For requests that are schema-invalid on purpose: only the response side is validated. */
	Reply callUnvalidatedRequest(String service, String body) {
		return send("mlc_demo", service, security(USER, PASSWORD), body, null, false);
	}

	Reply call(String tenant, String service, String header, String body, String bearer) {
		return send(tenant, service, header, body, bearer, true);
	}

	private Reply send(String tenant, String service, String header, String body, String bearer,
			boolean validateRequest) {
		String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
				+ " xmlns:wd=\"urn:com.workday/bsvc\"><soapenv:Header>" + header + "</soapenv:Header><soapenv:Body>"
				+ body + "</soapenv:Body></soapenv:Envelope>";
		if (validateRequest) {
			assertValid(bodyElement(parse(envelope)), "request");
		}
		try {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/sandbox/workday/ccx/service/" + tenant + "/"
						+ service + "/v44.2"))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "text/xml; charset=utf-8")
				.header("SOAPAction", "\"\"")
				.POST(HttpRequest.BodyPublishers.ofString(envelope));
			if (bearer != null) {
				request.header("Authorization", "Bearer " + bearer);
			}
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Document document = parse(response.body());
			Element responseBody = bodyElement(document);
			if ("Fault".equals(responseBody.getLocalName())) {
				Element validationFault = child(child(responseBody, "detail"), "Validation_Fault");
				if (validationFault != null) {
					assertValid(validationFault, "fault detail");
				}
			}
			else {
				assertValid(responseBody, "response");
			}
			return new Reply(response.statusCode(), document, response.body());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String security(String user, String password) {
		return "<wsse:Security soapenv:mustUnderstand=\"1\" xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/"
				+ "oasis-200401-wss-wssecurity-secext-1.0.xsd\"><wsse:UsernameToken><wsse:Username>" + user
				+ "</wsse:Username><wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/"
				+ "oasis-200401-wss-username-token-profile-1.0#PasswordText\">" + password
				+ "</wsse:Password></wsse:UsernameToken></wsse:Security>";
	}

	private void assertValid(Element element, String what) {
		List<ValidationError> errors = this.schema.validate(element);
		assertThat(errors).as(what + " " + element.getLocalName() + " must be schema-valid").isEmpty();
	}

	private static Element bodyElement(Document document) {
		Element body = child(document.getDocumentElement(), "Body");
		assertThat(body).as("SOAP Body").isNotNull();
		return firstElement(body);
	}

	private static Element child(Element parent, String localName) {
		if (parent == null) {
			return null;
		}
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element e && localName.equals(e.getLocalName())) {
				return e;
			}
		}
		return null;
	}

	private static Element firstElement(Element parent) {
		List<Element> elements = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element e) {
				elements.add(e);
			}
		}
		return elements.isEmpty() ? null : elements.get(0);
	}

	static Document parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("not XML: " + xml, ex);
		}
	}

}
