package com.mlconnector.sandbox.coupa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a reference sample independently of the sandbox's own parser and compares its leaves with a
 * response document: every value the sample sends must come back equal (decimals by value, datetimes
 * by instant, empty and nil as null). Keys are compared with underscores as hyphens.
 */
final class SampleTree {

	private SampleTree() {
	}

	static String text(String name) {
		try (InputStream in = SampleTree.class.getResourceAsStream("/coupa/samples/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Object xml(String xml) {
		try {
			Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
			return value(root);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object value(Element element) {
		List<Element> children = new ArrayList<>();
		for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				children.add(e);
			}
		}
		if (children.isEmpty()) {
			String text = element.getTextContent().trim();
			return ("true".equals(element.getAttribute("nil")) || text.isEmpty()) ? null : text;
		}
		if ("array".equals(element.getAttribute("type"))
				|| element.getTagName().equals(children.get(0).getTagName() + "s")) {
			List<Object> list = new ArrayList<>();
			children.forEach((c) -> list.add(value(c)));
			return list;
		}
		Map<String, Object> map = new LinkedHashMap<>();
		children.forEach((c) -> map.put(c.getTagName().replace('_', '-'), value(c)));
		return map;
	}

	/** Differences between the sample's leaves and the response, skipping the given top-level keys. */
	static List<String> differences(Object expected, Object actual, String path, java.util.Set<String> skip) {
		List<String> result = new ArrayList<>();
		compare(expected, actual, path, skip, result);
		return result;
	}

	private static void compare(Object expected, Object actual, String path, java.util.Set<String> skip,
			List<String> result) {
		if (expected instanceof Map<?, ?> map) {
			map.forEach((k, v) -> {
				String key = ((String) k).replace('_', '-');
				if (skip.contains(key) || skip.contains(path + "." + key)) {
					return;
				}
				Object other = (actual instanceof Map<?, ?> a) ? a.get(key) : null;
				compare(v, other, path + "." + key, skip, result);
			});
		}
		else if (expected instanceof List<?> list) {
			List<?> other = (actual instanceof List<?> a) ? a : List.of();
			for (int i = 0; i < list.size(); i++) {
				compare(list.get(i), (i < other.size()) ? other.get(i) : null, path + "[" + i + "]", skip, result);
			}
		}
		else if (!same((String) expected, actual)) {
			result.add(path + ": sample " + expected + " but sandbox " + actual);
		}
	}

	static boolean same(String expected, Object actual) {
		if (expected == null) {
			return actual == null || "".equals(actual) || (actual instanceof List<?> l && l.isEmpty());
		}
		if (actual == null) {
			return false;
		}
		String text = actual.toString();
		if (expected.equals(text)) {
			return true;
		}
		try {
			return new BigDecimal(expected).compareTo(new BigDecimal(text)) == 0;
		}
		catch (NumberFormatException ex) {
			// not numbers
		}
		try {
			return OffsetDateTime.parse(expected).toInstant().equals(OffsetDateTime.parse(text).toInstant());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
