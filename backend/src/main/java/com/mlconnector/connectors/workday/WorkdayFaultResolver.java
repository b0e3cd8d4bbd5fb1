package com.mlconnector.connectors.workday;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jakarta.xml.bind.JAXBElement;

import com.mlconnector.connectors.workday.wsdl.ProcessingFaultType;
import com.mlconnector.connectors.workday.wsdl.ValidationErrorType;
import com.mlconnector.connectors.workday.wsdl.ValidationFaultType;

import org.springframework.oxm.Unmarshaller;
import org.springframework.ws.WebServiceMessage;
import org.springframework.ws.client.core.FaultMessageResolver;
import org.springframework.ws.soap.SoapFault;
import org.springframework.ws.soap.SoapFaultDetail;
import org.springframework.ws.soap.SoapFaultDetailElement;
import org.springframework.ws.soap.SoapMessage;

/**
 * Turns a Workday SOAP fault into a typed {@link WorkdayException} (NOTES §1): {@code Client.authenticationError} →
 * authentication; {@code wd:Validation_Fault} in the detail → validation with every error's Message, Detail_Message
 * and Xpath; {@code wd:Processing_Fault} → processing. The processing faultcode is unconfirmed for real Workday, so
 * the detail element decides, not the code.
 */
final class WorkdayFaultResolver implements FaultMessageResolver {

	private final Unmarshaller unmarshaller;

	WorkdayFaultResolver(Unmarshaller unmarshaller) {
		this.unmarshaller = unmarshaller;
	}

	@Override
	public void resolveFault(WebServiceMessage message) {
		SoapFault fault = ((SoapMessage) message).getSoapBody().getFault();
		String code = fault.getFaultCode().getLocalPart();
		String text = fault.getFaultStringOrReason();
		if (code.endsWith("authenticationError")) {
			throw new WorkdayAuthenticationException("Workday rejected the Integration System User: " + text);
		}
		for (Object detail : detailEntries(fault.getFaultDetail())) {
			if (detail instanceof ValidationFaultType validation) {
				throw validation(text, validation);
			}
			if (detail instanceof ProcessingFaultType processing) {
				throw new WorkdayProcessingException("Workday processing fault: "
						+ ((processing.getDetailMessage() != null) ? processing.getDetailMessage() : text));
			}
		}
		// Without a typed detail, a Server fault is Workday's problem (worth retrying), a Client fault ours.
		if (code.startsWith("Server")) {
			throw new WorkdayProcessingException("Workday server fault: " + text);
		}
		throw new WorkdayRequestException("Workday refused the request (" + code + "): " + text, null);
	}

	private static WorkdayValidationException validation(String faultString, ValidationFaultType fault) {
		List<WorkdayValidationError> errors = new ArrayList<>();
		for (ValidationErrorType error : fault.getValidationError()) {
			errors.add(new WorkdayValidationError(error.getMessage(), error.getDetailMessage(), error.getXpath()));
		}
		String message = (faultString != null) ? faultString.trim() : "Validation error occurred.";
		return new WorkdayValidationException(message, errors);
	}

	private List<Object> detailEntries(SoapFaultDetail detail) {
		List<Object> values = new ArrayList<>();
		if (detail == null) {
			return values;
		}
		for (Iterator<SoapFaultDetailElement> it = detail.getDetailEntries(); it.hasNext();) {
			try {
				Object value = this.unmarshaller.unmarshal(it.next().getSource());
				values.add((value instanceof JAXBElement<?> element) ? element.getValue() : value);
			}
			catch (Exception ex) {
				// an unknown detail element: the fault code and string still classify the fault
			}
		}
		return values;
	}

}
