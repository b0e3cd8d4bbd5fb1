package com.mlconnector.connectors.workday;

import java.io.File;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.springframework.ws.client.WebServiceClientException;
import org.springframework.ws.client.support.interceptor.ClientInterceptorAdapter;
import org.springframework.ws.context.MessageContext;

/**
 * Validates the body of every SOAP request the client sends against the curated XSD the JAXB classes were generated
 * from, and records the outcome (it never blocks a request: the sandbox must see what the client really sends).
 */
final class SchemaCheckingInterceptor extends ClientInterceptorAdapter {

	static final File XSD = new File("src/main/wsdl/workday/Workday_Finance_subset.xsd");

	private final Schema schema;

	private final AtomicInteger valid = new AtomicInteger();

	private final List<String> invalid = new CopyOnWriteArrayList<>();

	SchemaCheckingInterceptor() {
		try {
			this.schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(XSD);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public boolean handleRequest(MessageContext messageContext) throws WebServiceClientException {
		try {
			this.schema.newValidator().validate(messageContext.getRequest().getPayloadSource());
			this.valid.incrementAndGet();
		}
		catch (Exception ex) {
			this.invalid.add(ex.getMessage());
		}
		return true;
	}

	int valid() {
		return this.valid.get();
	}

	List<String> invalid() {
		return List.copyOf(this.invalid);
	}

}
