package com.mlconnector.sandbox.workday.invoices;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.mlconnector.sandbox.workday.soap.Dom;
import com.mlconnector.sandbox.workday.soap.GetResponse;
import com.mlconnector.sandbox.workday.soap.Paging;
import com.mlconnector.sandbox.workday.soap.Refs;
import com.mlconnector.sandbox.workday.soap.SoapCall;
import com.mlconnector.sandbox.workday.soap.SoapOperation;
import com.mlconnector.sandbox.workday.tenant.TenantData;
import com.mlconnector.sandbox.workday.tenant.WdSupplierInvoice;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;

import org.w3c.dom.Element;

import org.springframework.stereotype.Component;

/**
 * Get_Supplier_Invoices (RM28): Request_References, or Request_Criteria on supplier, company, invoice date range and
 * status. v28.1 has no updated-since criterion (NOTES.md §2.3), so neither has the sandbox.
 */
@Component("workdaySandboxGetSupplierInvoices")
class GetSupplierInvoicesOperation implements SoapOperation {

	private final WorkdayTenant tenant;

	GetSupplierInvoicesOperation(WorkdayTenant tenant) {
		this.tenant = tenant;
	}

	@Override
	public String requestElement() {
		return "Get_Supplier_Invoices_Request";
	}

	@Override
	public Set<String> services() {
		return Set.of(RESOURCE_MANAGEMENT);
	}

	@Override
	public String handle(Element request, SoapCall call) {
		List<WdSupplierInvoice> selected = this.tenant.read((data) -> select(data, request));
		Paging.Page<WdSupplierInvoice> page = Paging.page(selected, request);
		boolean includeReference = GetResponse.include(request, "Include_Reference", true);
		return GetResponse.write("Get_Supplier_Invoices_Response", request, call, page,
				(out) -> page.items().forEach((invoice) -> {
					out.start("wd:Supplier_Invoice");
					if (includeReference) {
						SupplierInvoiceXml.reference(out, invoice);
					}
					SupplierInvoiceXml.data(out, invoice);
					out.end();
				}));
	}

	private static List<WdSupplierInvoice> select(TenantData data, Element request) {
		Element references = Dom.child(request, "Request_References");
		if (references != null) {
			Refs refs = new Refs();
			List<WdSupplierInvoice> found = Dom.children(references, "Supplier_Invoice_Reference")
				.stream()
				.map((ref) -> refs.resolve(ref, true, "ID", ref, (id) -> data.invoiceByReference(id.type(), id.value())))
				.toList();
			refs.throwIfAny();
			return found;
		}
		Element criteria = Dom.child(request, "Request_Criteria");
		List<String> suppliers = ids(criteria, "Supplier_Reference", "Supplier_ID");
		List<String> companies = ids(criteria, "Company_Reference", "Company_Reference_ID");
		List<String> statuses = ids(criteria, "Invoice_Status_Reference", "Document_Status_ID");
		LocalDate from = Dom.date(criteria, "Invoice_Date_On_or_After");
		LocalDate to = Dom.date(criteria, "Invoice_Date_On_or_Before");
		return data.invoices()
			.stream()
			.filter((i) -> suppliers.isEmpty() || suppliers.contains(i.supplierId()))
			.filter((i) -> companies.isEmpty() || companies.contains(i.companyId()))
			.filter((i) -> statuses.isEmpty() || statuses.contains(i.status().id()))
			.filter((i) -> from == null || !i.invoiceDate().isBefore(from))
			.filter((i) -> to == null || !i.invoiceDate().isAfter(to))
			.toList();
	}

	private static List<String> ids(Element criteria, String referenceName, String type) {
		return Dom.children(criteria, referenceName).stream().map((ref) -> Refs.idOfType(ref, type)).toList();
	}

}
