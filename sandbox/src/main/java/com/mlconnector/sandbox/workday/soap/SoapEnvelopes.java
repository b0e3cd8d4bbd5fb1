package com.mlconnector.sandbox.workday.soap;

/** SOAP 1.1 envelopes as Workday writes them: prefix {@code SOAP-ENV}, body only (NOTES.md §1). */
final class SoapEnvelopes {

	private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope xmlns:SOAP-ENV=\""
			+ Wd.SOAP_ENV + "\"><SOAP-ENV:Body>";

	private static final String CLOSE = "</SOAP-ENV:Body></SOAP-ENV:Envelope>";

	private SoapEnvelopes() {
	}

	static String body(String responseElement) {
		return OPEN + responseElement + CLOSE;
	}

	/**
	 * A fault: faultcode, faultstring, and for validation faults a {@code wd:Validation_Fault} in {@code detail}
	 * (IDX 27582298160, 35230416244, 8193239019 in NOTES.md §1).
	 */
	static String fault(SoapFault fault) {
		XmlOut out = new XmlOut().start("SOAP-ENV:Fault")
			.attr("xmlns:wd", Wd.NS)
			.leaf("faultcode", fault.faultCode())
			.leaf("faultstring", fault.getMessage());
		if (fault.validationErrors() != null) {
			out.start("detail").start("wd:Validation_Fault");
			for (ValidationError error : fault.validationErrors()) {
				out.start("wd:Validation_Error")
					.leaf("wd:Message", error.message())
					.leaf("wd:Detail_Message", error.detailMessage())
					.leaf("wd:Xpath", error.xpath())
					.end();
			}
			out.end().end();
		}
		else if (fault.processingDetail() != null) {
			out.start("detail").start("wd:Processing_Fault").leaf("wd:Detail_Message", fault.processingDetail()).end().end();
		}
		return OPEN + out.end() + CLOSE;
	}

}
