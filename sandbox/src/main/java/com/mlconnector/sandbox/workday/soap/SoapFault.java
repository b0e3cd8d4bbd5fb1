package com.mlconnector.sandbox.workday.soap;

import java.util.List;

/**
 * A SOAP 1.1 fault to send back. Faults go out with HTTP 500, the SOAP 1.1 convention (the real status is not
 * confirmed, NOTES.md §1).
 */
public class SoapFault extends RuntimeException {

	private final String faultCode;

	private final transient List<ValidationError> validationErrors;

	private final String processingDetail;

	private final int httpStatus;

	private SoapFault(String faultCode, String faultString, List<ValidationError> errors, String processingDetail,
			int httpStatus) {
		super(faultString);
		this.faultCode = faultCode;
		this.validationErrors = errors;
		this.processingDetail = processingDetail;
		this.httpStatus = httpStatus;
	}

	/** {@code SOAP-ENV:Client.validationError} with a {@code wd:Validation_Fault} detail (NOTES.md §1). */
	public static SoapFault validation(List<ValidationError> errors) {
		String first = errors.isEmpty() ? "" : nullToEmpty(errors.get(0).message());
		return new SoapFault("SOAP-ENV:Client.validationError", "Validation error occurred. " + first,
				List.copyOf(errors), null, 500);
	}

	public static SoapFault validation(ValidationError error) {
		return validation(List.of(error));
	}

	/** Bad WS-Security credentials (NOTES.md §1: IDX 70612365312 and SO-WSSE give this exact text). */
	public static SoapFault authentication() {
		return new SoapFault("SOAP-ENV:Client.authenticationError", "invalid username or password", null, null, 500);
	}

	/**
	 * A {@code wd:Processing_Fault}. The real faultcode was not confirmed (NOTES.md §7);
	 * {@code SOAP-ENV:Client.processingError} follows the pattern of the confirmed codes.
	 */
	public static SoapFault processing(String detail) {
		return new SoapFault("SOAP-ENV:Client.processingError", "Processing error occurred. " + detail, null, detail,
				500);
	}

	/** A fault for requests the sandbox cannot read at all (not a Workday text). */
	public static SoapFault client(String faultString, int httpStatus) {
		return new SoapFault("SOAP-ENV:Client", faultString, null, null, httpStatus);
	}

	public String faultCode() {
		return this.faultCode;
	}

	public List<ValidationError> validationErrors() {
		return this.validationErrors;
	}

	public String processingDetail() {
		return this.processingDetail;
	}

	public int httpStatus() {
		return this.httpStatus;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
