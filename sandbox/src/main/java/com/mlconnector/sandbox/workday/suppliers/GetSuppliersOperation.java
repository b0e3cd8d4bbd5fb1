package com.mlconnector.sandbox.workday.suppliers;

import java.util.List;
import java.util.Set;

import com.mlconnector.sandbox.workday.soap.Dom;
import com.mlconnector.sandbox.workday.soap.GetResponse;
import com.mlconnector.sandbox.workday.soap.Paging;
import com.mlconnector.sandbox.workday.soap.Refs;
import com.mlconnector.sandbox.workday.soap.SoapCall;
import com.mlconnector.sandbox.workday.soap.SoapOperation;
import com.mlconnector.sandbox.workday.tenant.TenantData;
import com.mlconnector.sandbox.workday.tenant.WdSupplier;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;

import org.w3c.dom.Element;

import org.springframework.stereotype.Component;

/**
 * Get_Suppliers (RM28): Request_References, or Request_Criteria with Updated_From_Date/Updated_To_Date and
 * Supplier_Status_Reference; paged.
 */
@Component("workdaySandboxGetSuppliers")
class GetSuppliersOperation implements SoapOperation {

	private final WorkdayTenant tenant;

	GetSuppliersOperation(WorkdayTenant tenant) {
		this.tenant = tenant;
	}

	@Override
	public String requestElement() {
		return "Get_Suppliers_Request";
	}

	@Override
	public Set<String> services() {
		return Set.of(RESOURCE_MANAGEMENT);
	}

	@Override
	public String handle(Element request, SoapCall call) {
		List<WdSupplier> selected = this.tenant.read((data) -> select(data, request));
		Paging.Page<WdSupplier> page = Paging.page(selected, request);
		boolean includeReference = GetResponse.include(request, "Include_Reference", true);
		return GetResponse.write("Get_Suppliers_Response", request, call, page, (out) -> page.items().forEach((s) -> {
			out.start("wd:Supplier");
			if (includeReference) {
				SupplierXml.reference(out, s);
			}
			SupplierXml.data(out, s);
			out.end();
		}));
	}

	private static List<WdSupplier> select(TenantData data, Element request) {
		Element references = Dom.child(request, "Request_References");
		if (references != null) {
			Refs refs = new Refs();
			List<WdSupplier> found = Dom.children(references, "Supplier_Reference")
				.stream()
				.map((ref) -> refs.resolve(ref, true, "ID", ref, (id) -> data.supplierByReference(id.type(), id.value())))
				.toList();
			refs.throwIfAny();
			return found;
		}
		Element criteria = Dom.child(request, "Request_Criteria");
		List<String> statuses = Dom.children(criteria, "Supplier_Status_Reference")
			.stream()
			.map((ref) -> Refs.idOfType(ref, "Business_Entity_Status_Value_ID"))
			.toList();
		return data.suppliers()
			.stream()
			.filter((s) -> GetResponse.updatedWithin(request, s.updatedAt()))
			.filter((s) -> statuses.isEmpty() || statuses.contains(s.status()))
			.toList();
	}

}
