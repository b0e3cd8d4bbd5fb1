package com.mlconnector.sandbox.workday.tenant;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mlconnector.sandbox.world.Company;
import com.mlconnector.sandbox.world.LedgerAccount;

/**
 * The tenant's mutable state. Not thread-safe on its own: {@link WorkdayTenant} hands it out under its lock only.
 * Maps keep insertion order so Get_* pages are stable.
 */
public final class TenantData {

	final long seed;

	final Map<String, Company> companies = new LinkedHashMap<>();

	final Map<String, WdCostCenter> costCenters = new LinkedHashMap<>();

	final Map<String, String> accountSetNames = new LinkedHashMap<>();

	final Map<String, LedgerAccount> ledgerAccounts = new LinkedHashMap<>();

	final Map<String, WdSpendCategory> spendCategories = new LinkedHashMap<>();

	final Map<String, WdSupplier> suppliers = new LinkedHashMap<>();

	final Map<String, WdSupplierInvoice> invoices = new LinkedHashMap<>();

	final Map<String, WdJournal> journals = new LinkedHashMap<>();

	final Map<String, WdInvoiceRequest> invoiceRequests = new LinkedHashMap<>();

	final Set<String> currencies = new LinkedHashSet<>(List.of("USD", "EUR", "GBP", "CHF", "CAD", "JPY"));

	private int invoiceSequence;

	private int journalSequence;

	private int supplierSequence;

	private int invoiceRequestSequence;

	TenantData(long seed) {
		this.seed = seed;
	}

	public long seed() {
		return this.seed;
	}

	public List<Company> companies() {
		return List.copyOf(this.companies.values());
	}

	public Optional<Company> company(String id) {
		return Optional.ofNullable(this.companies.get(id));
	}

	public List<WdCostCenter> costCenters() {
		return List.copyOf(this.costCenters.values());
	}

	public Optional<WdCostCenter> costCenter(String id) {
		return Optional.ofNullable(this.costCenters.get(id));
	}

	/** Account set id to name. */
	public Map<String, String> accountSets() {
		return Map.copyOf(this.accountSetNames);
	}

	public List<LedgerAccount> ledgerAccounts(String accountSetId) {
		return this.ledgerAccounts.values().stream().filter((a) -> a.accountSetId().equals(accountSetId)).toList();
	}

	public Optional<LedgerAccount> ledgerAccount(String accountSetId, String id) {
		return Optional.ofNullable(this.ledgerAccounts.get(accountSetId + "/" + id));
	}

	public List<WdSpendCategory> spendCategories() {
		return List.copyOf(this.spendCategories.values());
	}

	public Optional<WdSpendCategory> spendCategory(String id) {
		return Optional.ofNullable(this.spendCategories.get(id));
	}

	public boolean knowsCurrency(String code) {
		return this.currencies.contains(code);
	}

	public List<WdSupplier> suppliers() {
		return List.copyOf(this.suppliers.values());
	}

	public Optional<WdSupplier> supplier(String supplierId) {
		return Optional.ofNullable(this.suppliers.get(supplierId));
	}

	public Optional<WdSupplier> supplierByReference(String type, String value) {
		return this.suppliers.values().stream().filter((s) -> switch (type) {
			case "WID" -> s.wid().equals(value);
			case "Supplier_ID" -> s.supplierId().equals(value);
			case "Supplier_Reference_ID" -> s.referenceId().equals(value);
			default -> false;
		}).findFirst();
	}

	public void putSupplier(WdSupplier supplier) {
		this.suppliers.put(supplier.supplierId(), supplier);
	}

	public String nextSupplierId() {
		return String.format("S-W%05d", ++this.supplierSequence);
	}

	public List<WdSupplierInvoice> invoices() {
		return List.copyOf(this.invoices.values());
	}

	public Optional<WdSupplierInvoice> invoiceByReference(String type, String value) {
		return this.invoices.values().stream().filter((i) -> switch (type) {
			case "WID" -> i.wid().equals(value);
			case "Supplier_Invoice_Reference_ID" -> value.equals(i.supplierInvoiceId());
			default -> false;
		}).findFirst();
	}

	public void putInvoice(WdSupplierInvoice invoice) {
		this.invoices.put(invoice.wid(), invoice);
	}

	public String nextInvoiceNumber() {
		return String.format("SUPINV-%06d", ++this.invoiceSequence);
	}

	public List<String> currencies() {
		return List.copyOf(this.currencies);
	}

	public List<WdInvoiceRequest> invoiceRequests() {
		return List.copyOf(this.invoiceRequests.values());
	}

	public Optional<WdInvoiceRequest> invoiceRequest(String id) {
		return Optional.ofNullable(this.invoiceRequests.get(id));
	}

	public void putInvoiceRequest(WdInvoiceRequest request) {
		this.invoiceRequests.put(request.id(), request);
	}

	public String nextInvoiceRequestNumber() {
		return String.format("SIR-%06d", ++this.invoiceRequestSequence);
	}

	public List<WdJournal> journals() {
		return List.copyOf(this.journals.values());
	}

	public Optional<WdJournal> journalByReference(String type, String value) {
		return this.journals.values().stream().filter((j) -> switch (type) {
			case "WID" -> j.wid().equals(value);
			case "Accounting_Journal_ID" -> value.equals(j.journalId());
			default -> false;
		}).findFirst();
	}

	public void putJournal(WdJournal journal) {
		this.journals.put(journal.wid(), journal);
	}

	public String nextJournalNumber() {
		return String.format("JE-%06d", ++this.journalSequence);
	}

}
