package com.mlconnector.sandbox.workday.tenant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import com.mlconnector.sandbox.world.Company;
import com.mlconnector.sandbox.world.CostCenter;
import com.mlconnector.sandbox.world.LedgerAccount;
import com.mlconnector.sandbox.world.SpendCategory;
import com.mlconnector.sandbox.world.SupplierSeed;
import com.mlconnector.sandbox.world.World;

/**
 * Builds the tenant from the shared World: same companies, cost centers, ledger accounts and spend categories as
 * Coupa; only the suppliers that exist in Workday, under their Workday names; and a few supplier invoices that were
 * entered in Workday before the connector ran. Seeded objects carry fixed "last updated" moments in January 2026 so
 * Updated_From_Date filters have a predictable answer.
 */
final class TenantSeeder {

	/** Moment the seeded objects were last updated, spread out from here. */
	static final Instant SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");

	private static final long INVOICE_SALT = 0x57444956L;

	private TenantSeeder() {
	}

	static TenantData seed(long seed, int invoices) {
		World world = World.generate(seed, 0);
		TenantData data = new TenantData(seed);
		for (Company company : world.companies()) {
			data.companies.put(company.id(), company);
			data.currencies.add(company.currency());
		}
		int i = 0;
		for (CostCenter cc : world.costCenters()) {
			data.costCenters.put(cc.id(), new WdCostCenter(Wids.of("Cost_Center", cc.id()), cc.id(), cc.name(),
					cc.active(), SEEDED_AT.plus(Duration.ofDays(i++))));
		}
		for (LedgerAccount account : world.ledgerAccounts()) {
			data.accountSetNames.putIfAbsent(account.accountSetId(), account.accountSetId() + " Account Set");
			data.ledgerAccounts.put(account.accountSetId() + "/" + account.id(), account);
		}
		i = 0;
		for (SpendCategory category : world.spendCategories()) {
			data.spendCategories.put(category.id(), new WdSpendCategory(Wids.of("Spend_Category", category.id()),
					category.id(), category.name(), SEEDED_AT.plus(Duration.ofDays(i++))));
		}
		for (SupplierSeed s : world.suppliers()) {
			if (s.inWorkday()) {
				data.putSupplier(new WdSupplier(Wids.of("Supplier", s.supplierNumber()), s.supplierNumber(),
						"SUP-REF-" + s.supplierNumber(), s.workdayName(), s.taxId(), s.currency(), s.paymentTerms(),
						"ACTIVE", SEEDED_AT.plus(Duration.ofHours(6L * s.index()))));
			}
		}
		seedInvoices(world, data, invoices);
		return data;
	}

	private static void seedInvoices(World world, TenantData data, int count) {
		List<WdSupplier> suppliers = data.suppliers();
		List<WdCostCenter> costCenters = data.costCenters().stream().filter(WdCostCenter::active).toList();
		List<WdSpendCategory> categories = data.spendCategories();
		InvoiceStatus[] statuses = { InvoiceStatus.APPROVED, InvoiceStatus.IN_PROGRESS, InvoiceStatus.DRAFT };
		for (int k = 0; k < count && !suppliers.isEmpty(); k++) {
			Random random = world.random(INVOICE_SALT, k);
			WdSupplier supplier = suppliers.get(k % suppliers.size());
			Company company = data.companies().get(k % data.companies.size());
			BigDecimal amount = BigDecimal.valueOf(10_000 + random.nextInt(990_000), 2);
			WdInvoiceLine line = new WdInvoiceLine("1", "Seeded line", categories.get(k % categories.size()).id(),
					BigDecimal.ONE, amount, amount, null, costCenters.get(k % costCenters.size()).id());
			String id = String.format("WD-SEED-%04d", k + 1);
			LocalDate invoiceDate = LocalDate.of(2026, 1, 5).plusDays(k);
			data.putInvoice(new WdSupplierInvoice(Wids.of("Supplier_Invoice", id), id, data.nextInvoiceNumber(),
					company.id(), company.currency(), supplier.supplierId(), invoiceDate, invoiceDate.plusDays(30),
					amount.setScale(2, RoundingMode.HALF_UP), BigDecimal.ZERO, "SEED-" + (10_000 + k), "Entered in Workday",
					statuses[k % statuses.length], List.of(line), SEEDED_AT.plus(Duration.ofDays(k))));
		}
	}

}
