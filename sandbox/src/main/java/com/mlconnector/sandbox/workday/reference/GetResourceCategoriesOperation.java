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
import com.mlconnector.sandbox.workday.tenant.WdSpendCategory;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;

import org.w3c.dom.Element;

import org.springframework.stereotype.Component;

/**
 * Get_Resource_Categories: spend categories. In FM30 (the schema it is validated against) and listed in RM28's
 * Resource_Management port too, so both services answer it. Criteria: Updated_From_Date/Updated_To_Date.
 */
@Component("workdaySandboxGetResourceCategories")
class GetResourceCategoriesOperation implements SoapOperation {

	private final WorkdayTenant tenant;

	GetResourceCategoriesOperation(WorkdayTenant tenant) {
		this.tenant = tenant;
	}

	@Override
	public String requestElement() {
		return "Get_Resource_Categories_Request";
	}

	@Override
	public Set<String> services() {
		return Set.of(FINANCIAL_MANAGEMENT, RESOURCE_MANAGEMENT);
	}

	@Override
	public String handle(Element request, SoapCall call) {
		List<WdSpendCategory> selected = this.tenant.read((data) -> select(data, request));
		Paging.Page<WdSpendCategory> page = Paging.page(selected, request);
		return GetResponse.write("Get_Resource_Categories_Response", request, call, page,
				(out) -> page.items().forEach((category) -> write(out, category)));
	}

	private static List<WdSpendCategory> select(TenantData data, Element request) {
		Element references = Dom.child(request, "Request_References");
		if (references != null) {
			Refs refs = new Refs();
			List<WdSpendCategory> found = Dom.children(references, "Resource_Category_Reference")
				.stream()
				.map((ref) -> refs.resolve(ref, true, "ID", ref, (id) -> byId(data, id)))
				.toList();
			refs.throwIfAny();
			return found;
		}
		return data.spendCategories()
			.stream()
			.filter((category) -> GetResponse.updatedWithin(request, category.updatedAt()))
			.toList();
	}

	static Optional<WdSpendCategory> byId(TenantData data, Refs.RefId id) {
		return switch (id.type()) {
			case "Spend_Category_ID" -> data.spendCategory(id.value());
			case "WID" -> data.spendCategories().stream().filter((c) -> c.wid().equals(id.value())).findFirst();
			default -> Optional.empty();
		};
	}

	private static void write(XmlOut out, WdSpendCategory category) {
		out.start("wd:Resource_Category")
			.ref("wd:Resource_Category_Reference", category.name(), "WID", category.wid(), "Spend_Category_ID",
					category.id())
			.start("wd:Resource_Category_Data")
			.leaf("wd:Resource_Category_ID", category.id())
			.leaf("wd:Resource_Category_Name", category.name())
			.leaf("wd:Procurement_Usage", "1")
			.leaf("wd:Expense_Usage", "1")
			.ref("wd:Accounting_Treatment_Reference", "Expense", "Accounting_Treatment_ID", "Expense")
			.leaf("wd:Inactive", "0")
			.end()
			.end();
	}

}
