package com.mlconnector.sandbox.workday.soap;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import org.springframework.stereotype.Component;

/**
 * The schema requests (and, in the tests, responses) are validated against: Workday's Financial_Management v30.0
 * XSD plus the sandbox's Resource_Management subset that includes it (see resources/workday/xsd/README.md).
 * Compiling 2 MB of XSD takes a few seconds, so it happens once, on first use, and the result is shared.
 */
@Component("workdaySandboxSchema")
public class WorkdaySchema {

	static final String LOCATION = "workday/xsd/Resource_Management_sandbox.xsd";

	private static final String CURRENT_NODE = "http://apache.org/xml/properties/dom/current-element-node";

	private static final int MAX_ERRORS = 10;

	private volatile Schema schema;

	/** Schema errors of the element, each with the Xpath of the offending element when known; empty when valid. */
	public List<ValidationError> validate(Element element) {
		Validator validator = schema().newValidator();
		List<ValidationError> errors = new ArrayList<>();
		validator.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				if (errors.size() < MAX_ERRORS) {
					errors.add(new ValidationError(ex.getMessage(), ex.getMessage(), currentXpath(validator)));
				}
			}

			@Override
			public void fatalError(SAXParseException ex) {
				error(ex);
			}
		});
		try {
			validator.validate(new DOMSource(element));
		}
		catch (SAXException | IOException ex) {
			if (errors.isEmpty()) {
				errors.add(new ValidationError(ex.getMessage(), ex.getMessage(), null));
			}
		}
		return errors;
	}

	private static String currentXpath(Validator validator) {
		try {
			Object node = validator.getProperty(CURRENT_NODE);
			return (node instanceof Element element) ? Dom.xpath(element) : null;
		}
		catch (SAXException | RuntimeException ex) {
			return null;
		}
	}

	Schema schema() {
		Schema compiled = this.schema;
		if (compiled == null) {
			synchronized (this) {
				compiled = this.schema;
				if (compiled == null) {
					compiled = compile();
					this.schema = compiled;
				}
			}
		}
		return compiled;
	}

	private static Schema compile() {
		URL url = WorkdaySchema.class.getClassLoader().getResource(LOCATION);
		if (url == null) {
			throw new IllegalStateException("missing " + LOCATION);
		}
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			// Workday's XSD has more than the default 5,000 occurrence-bound nodes; the secure-processing limits are
			// meant for untrusted schemas, and this one ships with the sandbox.
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, false);
			return factory.newSchema(url);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("cannot compile " + LOCATION, ex);
		}
	}

}
