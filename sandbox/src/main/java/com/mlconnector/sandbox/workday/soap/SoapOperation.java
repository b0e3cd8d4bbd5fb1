package com.mlconnector.sandbox.workday.soap;

import java.util.Set;

import org.w3c.dom.Element;

/** One Workday Web Services operation, found by its request element's local name. */
public interface SoapOperation {

	String FINANCIAL_MANAGEMENT = "Financial_Management";

	String RESOURCE_MANAGEMENT = "Resource_Management";

	/** Local name of the request element, e.g. {@code Submit_Supplier_Invoice_Request}. */
	String requestElement();

	/** Services whose WSDL lists this operation. */
	Set<String> services();

	/**
	 * Handles a schema-valid request.
	 * @return the response element, declaring {@code xmlns:wd} itself
	 * @throws SoapFault for Workday validation or processing faults
	 */
	String handle(Element request, SoapCall call);

	/** Opens a response root element with the namespace and the version echoed. */
	static XmlOut response(String name, Element request, SoapCall call) {
		String version = Dom.attr(request, "version");
		return new XmlOut().start("wd:" + name)
			.attr("xmlns:wd", Wd.NS)
			.attr("wd:version", (version != null) ? version : call.version());
	}

}
