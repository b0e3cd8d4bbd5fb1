package com.mlconnector.sandbox.workday.soap;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hand-written response XML. Names are passed with their prefix ({@code wd:...}); the caller declares namespaces on
 * the root. Writing by hand keeps the sandbox independent of any generated model, so a mistake in the client's
 * binding is not mirrored here.
 */
public final class XmlOut {

	private final StringBuilder out = new StringBuilder(1024);

	private final Deque<String> open = new ArrayDeque<>();

	private boolean tagOpen;

	public XmlOut start(String name) {
		closeTag();
		this.out.append('<').append(name);
		this.open.push(name);
		this.tagOpen = true;
		return this;
	}

	public XmlOut attr(String name, Object value) {
		if (value != null) {
			this.out.append(' ').append(name).append("=\"").append(escape(value.toString())).append('"');
		}
		return this;
	}

	public XmlOut text(Object value) {
		closeTag();
		if (value != null) {
			this.out.append(escape(value.toString()));
		}
		return this;
	}

	/** Raw, already well-formed XML (an echoed request fragment). */
	public XmlOut raw(String xml) {
		closeTag();
		this.out.append(xml);
		return this;
	}

	public XmlOut end() {
		String name = this.open.pop();
		if (this.tagOpen) {
			this.out.append("/>");
			this.tagOpen = false;
		}
		else {
			this.out.append("</").append(name).append('>');
		}
		return this;
	}

	/** An element with text content; nothing when the value is null. */
	public XmlOut leaf(String name, Object value) {
		if (value == null) {
			return this;
		}
		return start(name).text(value).end();
	}

	/** A Workday reference: {@code <name wd:Descriptor=".."><wd:ID wd:type="t">v</wd:ID>...</name>}. */
	public XmlOut ref(String name, String descriptor, String... typeValuePairs) {
		start(name).attr("wd:Descriptor", descriptor);
		for (int i = 0; i + 1 < typeValuePairs.length; i += 2) {
			start("wd:ID").attr("wd:type", typeValuePairs[i]).text(typeValuePairs[i + 1]).end();
		}
		return end();
	}

	private void closeTag() {
		if (this.tagOpen) {
			this.out.append('>');
			this.tagOpen = false;
		}
	}

	@Override
	public String toString() {
		if (!this.open.isEmpty()) {
			throw new IllegalStateException("unclosed elements: " + this.open);
		}
		return this.out.toString();
	}

	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
