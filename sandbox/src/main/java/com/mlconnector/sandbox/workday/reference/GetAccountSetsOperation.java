package com.mlconnector.sandbox.workday.reference;

import java.util.List;
import java.util.Map;
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
import com.mlconnector.sandbox.world.LedgerAccount;

import org.w3c.dom.Element;

import org.springframework.stereotype.Component;

/**
 * Get_Account_Sets (FM30): the ledger accounts come inside their account set as Ledger_Account_Data. The criteria
 * element is empty in v30 (no updated-since filter).
 */
@Component("workdaySandboxGetAccountSets")
class GetAccountSetsOperation implements SoapOperation {

	/** An account set with its accounts, read under the tenant lock. */
	record AccountSet(String id, String name, List<LedgerAccount> accounts) {
	}

	private final WorkdayTenant tenant;

	GetAccountSetsOperation(WorkdayTenant tenant) {
		this.tenant = tenant;
	}

	@Override
	public String requestElement() {
		return "Get_Account_Sets_Request";
	}

	@Override
	public Set<String> services() {
		return Set.of(FINANCIAL_MANAGEMENT);
	}

	@Override
	public String handle(Element request, SoapCall call) {
		List<AccountSet> sets = this.tenant.read((data) -> select(data, request));
		Paging.Page<AccountSet> page = Paging.page(sets, request);
		return GetResponse.write("Get_Account_Sets_Response", request, call, page,
				(out) -> page.items().forEach((set) -> write(out, set)));
	}

	private static List<AccountSet> select(TenantData data, Element request) {
		List<AccountSet> all = data.accountSets()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((e) -> new AccountSet(e.getKey(), e.getValue(), data.ledgerAccounts(e.getKey())))
			.toList();
		Element references = Dom.child(request, "Request_References");
		if (references == null) {
			return all;
		}
		Refs refs = new Refs();
		List<AccountSet> found = Dom.children(references, "Account_Set_Reference")
			.stream()
			.map((ref) -> refs.resolve(ref, true, "ID", ref, (id) -> byId(all, id)))
			.toList();
		refs.throwIfAny();
		return found;
	}

	private static Optional<AccountSet> byId(List<AccountSet> all, Refs.RefId id) {
		return all.stream().filter((set) -> switch (id.type()) {
			case "Account_Set_ID" -> set.id().equals(id.value());
			case "WID" -> Wids.of("Account_Set", set.id()).equals(id.value());
			default -> false;
		}).findFirst();
	}

	private static void write(XmlOut out, AccountSet set) {
		out.start("wd:Account_Set")
			.ref("wd:Account_Set_Reference", set.name(), "WID", Wids.of("Account_Set", set.id()), "Account_Set_ID",
					set.id())
			.start("wd:Account_Set_Data")
			.leaf("wd:Account_Set_ID", set.id())
			.leaf("wd:Account_Set_Name", set.name())
			.leaf("wd:Chart_of_Accounts", "1");
		for (LedgerAccount account : set.accounts()) {
			out.start("wd:Ledger_Account_Data")
				.leaf("wd:Ledger_Account_Identifier", account.id())
				.leaf("wd:Ledger_Account_Name", account.name())
				.ref("wd:Ledger_Account_Type_Reference", account.type(), "Ledger_Account_Type_ID", account.type())
				.leaf("wd:Retired", "0")
				.end();
		}
		out.end().end();
	}

}
