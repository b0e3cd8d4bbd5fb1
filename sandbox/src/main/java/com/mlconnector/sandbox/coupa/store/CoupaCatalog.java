package com.mlconnector.sandbox.coupa.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mlconnector.sandbox.world.Company;
import com.mlconnector.sandbox.world.CostCenter;
import com.mlconnector.sandbox.world.LedgerAccount;
import com.mlconnector.sandbox.world.SpendCategory;
import com.mlconnector.sandbox.world.World;

import static com.mlconnector.sandbox.coupa.doc.Docs.doc;

/**
 * Reference data of the instance, derived from the world: currencies, payment terms, account types
 * (one per company: Coupa's chart of accounts), accounts (company-ledger-cost center, the three
 * segments of the Workday side) and commodities (the Workday spend categories).
 */
public final class CoupaCatalog {

	/** Everything generated is dated after this instant, so "changed since" queries see overlay edits. */
	public static final OffsetDateTime BASE_TIME = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "PLN", "CHF", "CAD", "JPY");

	static final List<String> PAYMENT_TERMS = List.of("Net 30", "Net 45", "Net 60", "2/10 Net 30");

	private final World world;

	private final List<Map<String, Object>> accounts = new ArrayList<>();

	CoupaCatalog(World world) {
		this.world = world;
		List<Company> companies = world.companies();
		List<LedgerAccount> ledgers = world.expenseAccounts();
		List<CostCenter> centers = world.costCenters();
		for (int c = 0; c < companies.size(); c++) {
			for (int l = 0; l < ledgers.size(); l++) {
				for (int k = 0; k < centers.size(); k++) {
					this.accounts.add(account(this.accounts.size() + 1L, c, ledgers.get(l), centers.get(k)));
				}
			}
		}
	}

	public World world() {
		return this.world;
	}

	public List<Map<String, Object>> accounts() {
		return this.accounts;
	}

	/** The account for a company index, expense ledger index and cost center index. */
	Map<String, Object> account(int company, int ledger, int costCenter) {
		int perCompany = this.world.expenseAccounts().size() * this.world.costCenters().size();
		return this.accounts.get(company * perCompany + ledger * this.world.costCenters().size() + costCenter);
	}

	private Map<String, Object> account(long id, int companyIndex, LedgerAccount ledger, CostCenter center) {
		Company company = this.world.companies().get(companyIndex);
		String code = company.id() + "-" + ledger.id() + "-" + center.id();
		return doc("id", id, "created-at", BASE_TIME, "updated-at", BASE_TIME, "name",
				company.name() + " / " + ledger.name() + " / " + center.name(), "code", code, "active",
				center.active(), "segment-1", company.id(), "segment-2", ledger.id(), "segment-3", center.id(),
				"account-type", accountType(companyIndex));
	}

	public Map<String, Object> accountType(int companyIndex) {
		return doc("id", companyIndex + 1L, "name", this.world.companies().get(companyIndex).name());
	}

	public int companyIndexForCurrency(String currency) {
		for (int i = 0; i < this.world.companies().size(); i++) {
			if (this.world.companies().get(i).currency().equals(currency)) {
				return i;
			}
		}
		return 0;
	}

	public static Map<String, Object> currency(String code) {
		int index = CURRENCIES.indexOf(code);
		return doc("id", (index >= 0) ? index + 1L : 99L, "code", code);
	}

	public static Map<String, Object> paymentTerm(String code) {
		int index = Math.max(0, PAYMENT_TERMS.indexOf(code));
		int days = switch (index) {
			case 1 -> 45;
			case 2 -> 60;
			default -> 30;
		};
		return doc("id", index + 1L, "code", code, "days-for-net-payment", (long) days, "active", true);
	}

	/** Coupa commodity for a spend category; the name is shared with Workday. */
	public Map<String, Object> commodity(int spendCategoryIndex) {
		SpendCategory category = this.world.spendCategories().get(spendCategoryIndex);
		return doc("id", spendCategoryIndex + 1L, "name", category.name(), "active", true);
	}

	static Map<String, Object> uom() {
		return doc("id", 1L, "code", "EA");
	}

	static BigDecimal money(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

}
