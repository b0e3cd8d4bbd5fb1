package com.mlconnector.sandbox.workday.reference;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
import com.mlconnector.sandbox.workday.tenant.WdCostCenter;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;

import org.w3c.dom.Element;

import org.springframework.stereotype.Component;

/**
 * Get_Cost_Centers (FM30): Request_References or Request_Criteria with Updated_From_Date/Updated_To_Date; inactive
 * cost centers are returned with Organization_Active 0 (ODA reads that flag).
 */
@Component("workdaySandboxGetCostCenters")
class GetCostCentersOperation implements SoapOperation {

	private final WorkdayTenant tenant;

	GetCostCentersOperation(WorkdayTenant tenant) {
		this.tenant = tenant;
	}

	@Override
	public String requestElement() {
		return "Get_Cost_Centers_Request";
	}

	@Override
	public Set<String> services() {
		return Set.of(FINANCIAL_MANAGEMENT);
	}

	@Override
	public String handle(Element request, SoapCall call) {
		List<WdCostCenter> selected = this.tenant.read((data) -> select(data, request));
		Paging.Page<WdCostCenter> page = Paging.page(selected, request);
		boolean includeData = GetResponse.include(request, "Include_Cost_Center_Data", true);
		boolean includeSimple = GetResponse.include(request, "Include_Simple_Cost_Center_Data", false);
		return GetResponse.write("Get_Cost_Centers_Response", request, call, page,
				(out) -> page.items().forEach((cc) -> write(out, cc, includeData, includeSimple)));
	}

	private static List<WdCostCenter> select(TenantData data, Element request) {
		Element references = Dom.child(request, "Request_References");
		if (references != null) {
			Refs refs = new Refs();
			List<WdCostCenter> found = Dom.children(references, "Cost_Center_Reference")
				.stream()
				.map((ref) -> refs.resolve(ref, true, "ID", ref, (id) -> costCenterById(data, id)))
				.toList();
			refs.throwIfAny();
			return found;
		}
		return data.costCenters().stream().filter((cc) -> GetResponse.updatedWithin(request, cc.updatedAt())).toList();
	}

	static Optional<WdCostCenter> costCenterById(TenantData data, Refs.RefId id) {
		return switch (id.type()) {
			case "Cost_Center_Reference_ID", "Organization_Reference_ID" -> data.costCenter(id.value());
			case "WID" -> data.costCenters().stream().filter((cc) -> cc.wid().equals(id.value())).findFirst();
			default -> Optional.empty();
		};
	}

	private static void write(XmlOut out, WdCostCenter cc, boolean includeData, boolean includeSimple) {
		LocalDate effective = LocalDate.ofInstant(cc.updatedAt(), ZoneOffset.UTC);
		out.start("wd:Cost_Center")
			.ref("wd:Cost_Center_Reference", cc.name(), "WID", cc.wid(), "Organization_Reference_ID", cc.id(),
					"Cost_Center_Reference_ID", cc.id());
		if (includeData) {
			out.start("wd:Cost_Center_Data")
				.attr("wd:Effective_Date", effective)
				.start("wd:Organization_Data")
				.leaf("wd:ID", cc.id())
				.leaf("wd:Organization_Name", cc.name())
				.leaf("wd:Organization_Code", cc.id())
				.leaf("wd:Organization_Active", GetResponse.bool(cc.active()))
				.leaf("wd:Availability_Date", "2020-01-01")
				.end()
				.ref("wd:Organization_Subtype_Reference", "Cost Center", "Organization_Subtype_ID", "Cost_Center")
				.end();
		}
		if (includeSimple) {
			out.start("wd:Simple_Cost_Center_Data")
				.leaf("wd:ID", cc.id())
				.leaf("wd:Organization_Name", cc.name())
				.end();
		}
		out.end();
	}

}
