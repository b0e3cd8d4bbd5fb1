package com.mlconnector.sandbox.workday.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reading the request DOM: {@code wd:} children, texts, typed values and Workday-style Xpaths. */
public final class Dom {

	private Dom() {
	}

	/** Parses with DTDs and external entities off: the sandbox may face arbitrary callers. */
	public static Document parse(byte[] xml) throws IOException, SAXException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static Element child(Element parent, String localName) {
		return child(parent, Wd.NS, localName);
	}

	public static Element child(Element parent, String namespace, String localName) {
		if (parent == null) {
			return null;
		}
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && localName.equals(element.getLocalName())
					&& namespace.equals(element.getNamespaceURI())) {
				return element;
			}
		}
		return null;
	}

	public static List<Element> children(Element parent, String localName) {
		List<Element> result = new ArrayList<>();
		if (parent == null) {
			return result;
		}
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && localName.equals(element.getLocalName())
					&& Wd.NS.equals(element.getNamespaceURI())) {
				result.add(element);
			}
		}
		return result;
	}

	public static Element firstElement(Element parent) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				return element;
			}
		}
		return null;
	}

	/** Trimmed text of the named child, or null when absent or blank. */
	public static String text(Element parent, String localName) {
		Element element = child(parent, localName);
		if (element == null) {
			return null;
		}
		String text = element.getTextContent().trim();
		return text.isEmpty() ? null : text;
	}

	/** xsd:boolean: "true"/"1" (Workday answers 1/0, NOTES.md §1). */
	public static boolean flag(Element parent, String localName) {
		String text = text(parent, localName);
		return "true".equals(text) || "1".equals(text);
	}

	public static BigDecimal decimal(Element parent, String localName) {
		String text = text(parent, localName);
		return (text != null) ? new BigDecimal(text) : null;
	}

	public static LocalDate date(Element parent, String localName) {
		String text = text(parent, localName);
		if (text == null) {
			return null;
		}
		// xsd:date may carry a zone ("2026-01-05Z", "2026-01-05-08:00"); the date part is what counts.
		return LocalDate.parse(text.substring(0, 10));
	}

	/** xsd:dateTime; a value without zone is read as UTC. */
	public static OffsetDateTime dateTime(Element parent, String localName) {
		String text = text(parent, localName);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			return OffsetDateTime.parse(text + "Z");
		}
	}

	/** Qualified attribute ({@code wd:name}) as the schema requires; null when absent. */
	public static String attr(Element element, String localName) {
		if (element == null || !element.hasAttributeNS(Wd.NS, localName)) {
			return null;
		}
		return element.getAttributeNS(Wd.NS, localName);
	}

	/**
	 * Workday's Xpath into the request: each step with its 1-based position among same-named siblings, e.g.
	 * {@code /wd:Submit_Supplier_Invoice_Request[1]/wd:Supplier_Invoice_Data[1]/wd:Suppliers_Invoice_Number[1]}.
	 * The path starts at the body's request element.
	 */
	public static String xpath(Element element) {
		StringBuilder path = new StringBuilder();
		for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
			if (Wd.SOAP_ENV.equals(current.getNamespaceURI())) {
				break;
			}
			int position = 1;
			for (Node sibling = current.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
				if (sibling instanceof Element e && e.getLocalName().equals(current.getLocalName())) {
					position++;
				}
			}
			path.insert(0, "/wd:" + current.getLocalName() + "[" + position + "]");
		}
		return path.toString();
	}

	/**
	 * Xpath to a reference element as Workday gives it for an invalid ID: the last step without a position (the
	 * real example in NOTES.md §1 ends {@code .../wd:Invoice_Line_Replacement_Data[9]/wd:Worktags_Reference}).
	 */
	public static String referenceXpath(Element reference) {
		String path = xpath(reference);
		return path.substring(0, path.lastIndexOf('['));
	}

	/** Serialises an element (with its namespace declarations) for echoing it in a response. */
	public static String serialize(Element element) {
		try {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			StringWriter writer = new StringWriter();
			transformer.transform(new DOMSource(element), new StreamResult(writer));
			return writer.toString();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
