package com.mlconnector.sandbox.workday.suppliers;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import com.mlconnector.sandbox.workday.soap.Dom;
import com.mlconnector.sandbox.workday.soap.Refs;
import com.mlconnector.sandbox.workday.soap.SoapCall;
import com.mlconnector.sandbox.workday.soap.SoapOperation;
import com.mlconnector.sandbox.workday.soap.ValidationError;
import com.mlconnector.sandbox.workday.soap.XmlOut;
import com.mlconnector.sandbox.workday.tenant.TenantData;
import com.mlconnector.sandbox.workday.tenant.Wids;
import com.mlconnector.sandbox.workday.tenant.WdSupplier;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;

import org.w3c.dom.Element;

import org.springframework.stereotype.Component;

/**
 * Submit_Supplier (RM28): with a Supplier_Reference, or a Supplier_ID that exists, it updates; otherwise it creates.
 * {@code wd:Add_Only="true"} on an existing supplier fails with FM30's text for Add Only reference-ID clashes.
 */
@Component("workdaySandboxSubmitSupplier")
class SubmitSupplierOperation implements SoapOperation {

	static final String ADD_ONLY_IN_USE = "Add Only is True but the reference ID is already in use. Verify that you "
			+ "are sending the correct ID - or set Add Only to false if you want to update the existing entry.";

	private final WorkdayTenant tenant;

	SubmitSupplierOperation(WorkdayTenant tenant) {
		this.tenant = tenant;
	}

	@Override
	public String requestElement() {
		return "Submit_Supplier_Request";
	}

	@Override
	public Set<String> services() {
		return Set.of(RESOURCE_MANAGEMENT);
	}

	@Override
	public String handle(Element request, SoapCall call) {
		WdSupplier saved = this.tenant.write((data) -> submit(data, request));
		XmlOut out = SoapOperation.response("Submit_Supplier_Response", request, call);
		SupplierXml.reference(out, saved);
		return out.end().toString();
	}

	private static WdSupplier submit(TenantData data, Element request) {
		Refs refs = new Refs();
		boolean addOnly = "true".equals(Dom.attr(request, "Add_Only")) || "1".equals(Dom.attr(request, "Add_Only"));
		Element supplierData = Dom.child(request, "Supplier_Data");
		Element reference = Dom.child(request, "Supplier_Reference");
		WdSupplier existing = refs.resolve(reference, false, null, request,
				(id) -> data.supplierByReference(id.type(), id.value()));
		String supplierId = Dom.text(supplierData, "Supplier_ID");
		if (existing == null && reference == null && supplierId != null) {
			existing = data.supplier(supplierId).orElse(null);
		}
		if (existing != null && addOnly) {
			Element at = (reference != null) ? reference : Dom.child(supplierData, "Supplier_ID");
			refs.add(new ValidationError(ADD_ONLY_IN_USE, ADD_ONLY_IN_USE, Dom.xpath(at)));
		}
		String name = Optional.ofNullable(Dom.text(supplierData, "Supplier_Name"))
			.orElse(Dom.text(Dom.child(supplierData, "Business_Entity_Data"), "Business_Entity_Name"));
		if (name == null && existing == null) {
			refs.require("Supplier_Name", supplierData);
		}
		String currency = refs.resolve(Dom.child(supplierData, "Currency_Reference"), false, null, supplierData,
				(id) -> "Currency_ID".equals(id.type()) && data.knowsCurrency(id.value()) ? Optional.of(id.value())
						: Optional.empty());
		refs.throwIfAny();
		Instant now = Instant.now();
		String id = (existing != null) ? existing.supplierId() : (supplierId != null) ? supplierId : data.nextSupplierId();
		WdSupplier saved = new WdSupplier((existing != null) ? existing.wid() : Wids.of("Supplier", id), id,
				pick(Dom.text(supplierData, "Supplier_Reference_ID"), (existing != null) ? existing.referenceId() : null,
						"SUP-REF-" + id),
				pick(name, (existing != null) ? existing.name() : null, id),
				pick(Dom.text(Dom.child(supplierData, "Tax_ID_Data"), "Tax_ID_Text"),
						(existing != null) ? existing.taxId() : null, null),
				pick(currency, (existing != null) ? existing.currency() : null, null),
				pick(paymentTerms(supplierData), (existing != null) ? existing.paymentTerms() : null, null),
				pick(status(supplierData), (existing != null) ? existing.status() : null, "ACTIVE"), now);
		data.putSupplier(saved);
		return saved;
	}

	private static String paymentTerms(Element supplierData) {
		Element ref = Dom.child(supplierData, "Payment_Terms_Reference");
		String id = (ref != null) ? Refs.idOfType(ref, "Payment_Terms_ID") : null;
		return (id != null) ? id.replace('_', ' ') : null;
	}

	private static String status(Element supplierData) {
		Element ref = Dom.child(Dom.child(supplierData, "Supplier_Status_Data"), "Status_Reference");
		return (ref != null) ? Refs.idOfType(ref, "Business_Entity_Status_Value_ID") : null;
	}

	private static String pick(String given, String existing, String fallback) {
		return (given != null) ? given : (existing != null) ? existing : fallback;
	}

}
