package com.mlconnector.sandbox.workday.soap;

/** Namespaces used on the wire. */
public final class Wd {

	/** Elements and (qualified) attributes of every Workday service. */
	public static final String NS = "urn:com.workday/bsvc";

	public static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";

	public static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

	public static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";

	private Wd() {
	}

}
