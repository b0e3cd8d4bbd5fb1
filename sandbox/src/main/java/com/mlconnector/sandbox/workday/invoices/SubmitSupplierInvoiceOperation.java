package com.mlconnector.sandbox.workday.invoices;

import java.util.Set;

import com.mlconnector.sandbox.workday.soap.SoapCall;
import com.mlconnector.sandbox.workday.soap.SoapOperation;
import com.mlconnector.sandbox.workday.soap.XmlOut;
import com.mlconnector.sandbox.workday.tenant.WdSupplierInvoice;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;

import org.w3c.dom.Element;

import org.springframework.stereotype.Component;

/**
 * Submit_Supplier_Invoice (RM28): answers the invoice's reference (WID and Supplier_Invoice_Reference_ID). Submit
 * false saves a draft; Submit true starts approval, which Auto_Complete true finishes at once (status Approved).
 */
@Component("workdaySandboxSubmitSupplierInvoice")
class SubmitSupplierInvoiceOperation implements SoapOperation {

	private final WorkdayTenant tenant;

	SubmitSupplierInvoiceOperation(WorkdayTenant tenant) {
		this.tenant = tenant;
	}

	@Override
	public String requestElement() {
		return "Submit_Supplier_Invoice_Request";
	}

	@Override
	public Set<String> services() {
		return Set.of(RESOURCE_MANAGEMENT);
	}

	@Override
	public String handle(Element request, SoapCall call) {
		WdSupplierInvoice saved = this.tenant.write((data) -> new SupplierInvoiceSubmission(data).submit(request));
		XmlOut out = SoapOperation.response("Submit_Supplier_Invoice_Response", request, call);
		SupplierInvoiceXml.reference(out, saved);
		return out.end().toString();
	}

}
