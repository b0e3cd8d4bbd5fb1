package com.mlconnector.sandbox.coupa.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * XML rendering as Coupa does it: a root element, hyphenated element names, {@code type="integer|
 * decimal|boolean|datetime|array"} attributes and {@code nil="true"} for nulls (samples
 * {@code invoice-get-show.xml}, {@code suppliers-query-response.xml}).
 */
public final class XmlDocs {

	private XmlDocs() {
	}

	public static String write(String rootName, Object tree) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		element(out, rootName, tree);
		return out.toString();
	}

	/** Element name of one item of a list element: {@code invoice-lines} → {@code invoice-line}. */
	public static String singular(String plural) {
		if (plural.endsWith("sses") || plural.endsWith("xes")) {
			return plural.substring(0, plural.length() - 2);
		}
		if (plural.endsWith("ies")) {
			return plural.substring(0, plural.length() - 3) + "y";
		}
		return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
	}

	private static void element(StringBuilder out, String name, Object value) {
		if (value == null) {
			out.append('<').append(name).append(" nil=\"true\" />\n");
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('<').append(name).append(">\n");
			map.forEach((k, v) -> element(out, (String) k, v));
			out.append("</").append(name).append(">\n");
		}
		else if (value instanceof List<?> list) {
			out.append('<').append(name).append(" type=\"array\">\n");
			list.forEach((item) -> element(out, singular(name), item));
			out.append("</").append(name).append(">\n");
		}
		else {
			out.append('<').append(name).append(typeAttribute(value)).append('>');
			escape(out, Docs.text(value));
			out.append("</").append(name).append(">\n");
		}
	}

	private static String typeAttribute(Object value) {
		if (value instanceof Long || value instanceof Integer) {
			return " type=\"integer\"";
		}
		if (value instanceof BigDecimal) {
			return " type=\"decimal\"";
		}
		if (value instanceof Boolean) {
			return " type=\"boolean\"";
		}
		if (value instanceof OffsetDateTime) {
			return " type=\"datetime\"";
		}
		return "";
	}

	private static void escape(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				default -> out.append(c);
			}
		}
	}

	/** A parsed XML body: the root element name and its content as a tree. */
	public record Parsed(String root, Object tree) {
	}

	/**
	 * Parses a request body.
	 * @throws DocParseException when the body is not well-formed XML
	 */
	public static Parsed read(byte[] body) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			// no DTDs or external entities: request bodies are untrusted
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setCoalescing(true);
			Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
			return new Parsed(root.getTagName(), value(root));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new DocParseException("Malformed XML: " + ex.getMessage());
		}
	}

	private static Object value(Element element) {
		if ("true".equals(element.getAttribute("nil"))) {
			return null;
		}
		List<Element> children = children(element);
		String type = element.getAttribute("type");
		if ("array".equals(type) || isList(element.getTagName(), children)) {
			List<Object> list = new ArrayList<>();
			children.forEach((child) -> list.add(value(child)));
			return list;
		}
		if (!children.isEmpty()) {
			Map<String, Object> map = new LinkedHashMap<>();
			children.forEach((child) -> map.put(Docs.key(child.getTagName()), value(child)));
			return map;
		}
		return scalar(element.getTextContent().trim(), type);
	}

	private static boolean isList(String name, List<Element> children) {
		if (children.isEmpty()) {
			return false;
		}
		String first = children.get(0).getTagName();
		boolean same = children.stream().allMatch((c) -> c.getTagName().equals(first));
		return same && (children.size() > 1 || first.equals(singular(name)));
	}

	private static Object scalar(String text, String type) {
		if (text.isEmpty()) {
			return null;
		}
		return switch (type) {
			case "integer" -> Long.parseLong(text);
			case "decimal", "float" -> new BigDecimal(text);
			case "boolean" -> Boolean.parseBoolean(text);
			case "datetime" -> DocValues.dateTime(text);
			default -> text;
		};
	}

	private static List<Element> children(Element element) {
		List<Element> result = new ArrayList<>();
		NodeList nodes = element.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
				result.add((Element) nodes.item(i));
			}
		}
		return result;
	}

}
