package com.mlconnector.sandbox.workday.reference;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mlconnector.sandbox.workday.soap.Dom;
import com.mlconnector.sandbox.workday.soap.GetResponse;
import com.mlconnector.sandbox.workday.soap.Paging;
import com.mlconnector.sandbox.workday.soap.Refs;
import com.mlconnector.sandbox.workday.soap.SoapCall;
import com.mlconnector.sandbox.workday.soap.SoapOperation;
import com.mlconnector.sandbox.workday.soap.XmlOut;
import com.mlconnector.sandbox.workday.tenant.TenantData;
import com.mlconnector.sandbox.workday.tenant.Wids;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;
import com.mlconnector.sandbox.world.Company;

import org.w3c.dom.Element;

import org.springframework.stereotype.Component;

/** Get_Workday_Companies (FM30): criteria Name and Code; data in Company_WWSType. */
@Component("workdaySandboxGetWorkdayCompanies")
class GetWorkdayCompaniesOperation implements SoapOperation {

	private final WorkdayTenant tenant;

	GetWorkdayCompaniesOperation(WorkdayTenant tenant) {
		this.tenant = tenant;
	}

	@Override
	public String requestElement() {
		return "Get_Workday_Companies_Request";
	}

	@Override
	public Set<String> services() {
		return Set.of(FINANCIAL_MANAGEMENT);
	}

	@Override
	public String handle(Element request, SoapCall call) {
		List<Company> companies = this.tenant.read((data) -> select(data, request));
		Paging.Page<Company> page = Paging.page(companies, request);
		return GetResponse.write("Get_Workday_Companies_Response", request, call, page,
				(out) -> page.items().forEach((company) -> write(out, company)));
	}

	static List<Company> select(TenantData data, Element request) {
		Element references = Dom.child(request, "Request_References");
		if (references != null) {
			Refs refs = new Refs();
			List<Company> found = Dom.children(references, "Company_Reference")
				.stream()
				.map((ref) -> refs.resolve(ref, true, "ID", ref, (id) -> companyById(data, id)))
				.toList();
			refs.throwIfAny();
			return found;
		}
		Element criteria = Dom.child(request, "Request_Criteria");
		String name = Dom.text(criteria, "Name");
		String code = Dom.text(criteria, "Code");
		return data.companies()
			.stream()
			.filter((c) -> name == null || c.name().equalsIgnoreCase(name))
			.filter((c) -> code == null || c.id().equalsIgnoreCase(code))
			.toList();
	}

	static Optional<Company> companyById(TenantData data, Refs.RefId id) {
		return switch (id.type()) {
			case "Company_Reference_ID", "Organization_Reference_ID" -> data.company(id.value());
			case "WID" -> data.companies().stream().filter((c) -> Wids.of("Company", c.id()).equals(id.value())).findFirst();
			default -> Optional.empty();
		};
	}

	private static void write(XmlOut out, Company company) {
		out.start("wd:Company")
			.ref("wd:Company_Reference", company.name(), "WID", Wids.of("Company", company.id()),
					"Organization_Reference_ID", company.id(), "Company_Reference_ID", company.id())
			.start("wd:Company_Data")
			.attr("wd:Effective_Date", "2020-01-01")
			.start("wd:Organization_Data")
			.leaf("wd:ID", company.id())
			.leaf("wd:Organization_Name", company.name())
			.leaf("wd:Organization_Code", company.id())
			.leaf("wd:Organization_Active", "1")
			.leaf("wd:Availability_Date", "2020-01-01")
			.end()
			.ref("wd:Organization_Subtype_Reference", "Company", "Organization_Subtype_ID", "Company")
			.start("wd:Accounting_Data")
			.ref("wd:Account_Set_Reference", "Standard Account Set", "Account_Set_ID", "Standard")
			.ref("wd:Currency_Reference", company.currency(), "Currency_ID", company.currency())
			.leaf("wd:Reverse_Debit_Credit", "0")
			.end()
			.end()
			.end();
	}

}
