package com.mlconnector.sandbox.world;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The deterministic reference universe: {@code World.generate(seed, invoiceCount)} always gives
 * the same companies, cost centers, spend categories, ledger accounts and suppliers for the same
 * seed. Generation is cheap: invoices are not materialised here; each sandbox derives invoice
 * {@code i} from {@link #random(long, long)} when asked, so 100,000 invoices cost no memory.
 *
 * <p>
 * Which suppliers exist on one side only, and which carry a different name in Workday, depends on
 * the supplier index only (not on the seed), so tests can rely on the pattern; names and other
 * values depend on the seed.
 */
public final class World {

	/** Number of suppliers in every world. */
	public static final int SUPPLIER_COUNT = 60;

	private static final String[] NAME_HEADS = { "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli",
			"Vandelay", "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Gringotts", "Monarch", "Oscorp", "Pied Piper",
			"Dunder", "Aperture", "Black Mesa", "Massive Dynamic", "Nakatomi", "Virtucon", "Zorg", "Sterling" };

	private static final String[] NAME_TAILS = { "Office Supplies", "IT Services", "Logistics", "Consulting",
			"Facilities", "Hardware", "Software", "Catering", "Travel", "Marketing", "Engineering", "Print" };

	private static final String[] LEGAL_FORMS = { "Inc.", "LLC", "Ltd", "GmbH", "S.A.", "Corp." };

	private static final String[] PAYMENT_TERMS = { "Net 30", "Net 45", "Net 60", "2/10 Net 30" };

	private final long seed;

	private final int invoiceCount;

	private final List<Company> companies = List.of(new Company("C100", "ML Connector US Inc.", "USD"),
			new Company("C200", "ML Connector Europe GmbH", "EUR"), new Company("C300", "ML Connector UK Ltd", "GBP"));

	private final List<CostCenter> costCenters;

	private final List<SpendCategory> spendCategories = List.of(new SpendCategory("SC_IT_HARDWARE", "IT Hardware"),
			new SpendCategory("SC_SOFTWARE", "Software"), new SpendCategory("SC_OFFICE_SUPPLIES", "Office Supplies"),
			new SpendCategory("SC_CONSULTING", "Consulting Services"), new SpendCategory("SC_TRAVEL", "Travel"),
			new SpendCategory("SC_FACILITIES", "Facilities"), new SpendCategory("SC_MARKETING", "Marketing"),
			new SpendCategory("SC_LOGISTICS", "Freight and Logistics"));

	private final List<LedgerAccount> ledgerAccounts = List.of(
			new LedgerAccount("Standard", "1500", "Fixed Assets - IT Equipment", "Asset"),
			new LedgerAccount("Standard", "2000", "Accounts Payable", "Liability"),
			new LedgerAccount("Standard", "6100", "IT Hardware Expense", "Expense"),
			new LedgerAccount("Standard", "6150", "Software Subscriptions", "Expense"),
			new LedgerAccount("Standard", "6200", "Office Supplies Expense", "Expense"),
			new LedgerAccount("Standard", "6300", "Professional Services", "Expense"),
			new LedgerAccount("Standard", "6400", "Travel Expense", "Expense"),
			new LedgerAccount("Standard", "6500", "Rent and Facilities", "Expense"),
			new LedgerAccount("Standard", "6600", "Marketing Expense", "Expense"),
			new LedgerAccount("Standard", "6700", "Freight Expense", "Expense"));

	private final List<SupplierSeed> suppliers;

	private final Map<String, SupplierSeed> suppliersByNumber = new LinkedHashMap<>();

	private World(long seed, int invoiceCount) {
		this.seed = seed;
		this.invoiceCount = invoiceCount;
		this.costCenters = buildCostCenters();
		this.suppliers = buildSuppliers(new Random(seed));
		this.suppliers.forEach((s) -> this.suppliersByNumber.put(s.supplierNumber(), s));
	}

	/**
	 * Builds the universe for a seed.
	 * @param seed any value; the same seed gives the same world
	 * @param invoiceCount how many invoices the Coupa sandbox derives lazily from this world
	 * @return the world
	 */
	public static World generate(long seed, int invoiceCount) {
		if (invoiceCount < 0) {
			throw new IllegalArgumentException("invoiceCount must be >= 0");
		}
		return new World(seed, invoiceCount);
	}

	public long seed() {
		return this.seed;
	}

	public int invoiceCount() {
		return this.invoiceCount;
	}

	public List<Company> companies() {
		return this.companies;
	}

	public List<CostCenter> costCenters() {
		return this.costCenters;
	}

	public List<SpendCategory> spendCategories() {
		return this.spendCategories;
	}

	public List<LedgerAccount> ledgerAccounts() {
		return this.ledgerAccounts;
	}

	/** Ledger accounts of type {@code Expense}: the ones invoice lines are coded to. */
	public List<LedgerAccount> expenseAccounts() {
		return this.ledgerAccounts.stream().filter((a) -> "Expense".equals(a.type())).toList();
	}

	public List<SupplierSeed> suppliers() {
		return this.suppliers;
	}

	public Optional<SupplierSeed> supplier(String supplierNumber) {
		return Optional.ofNullable(this.suppliersByNumber.get(supplierNumber));
	}

	public Optional<Company> company(String id) {
		return this.companies.stream().filter((c) -> c.id().equals(id)).findFirst();
	}

	/**
	 * A random source for one derived item (invoice {@code index}, say) that depends only on the
	 * seed, a salt naming the kind of item, and the index, so items can be derived in any order.
	 */
	public Random random(long salt, long index) {
		return new Random(mix(mix(this.seed, salt), index));
	}

	/** SplitMix64 finaliser; spreads nearby inputs over the whole long range. */
	static long mix(long a, long b) {
		long z = a * 0x9E3779B97F4A7C15L + b;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static List<CostCenter> buildCostCenters() {
		String[] names = { "Finance", "IT", "Human Resources", "Sales", "Marketing", "Operations", "Legal",
				"Research", "Facilities", "Procurement", "Legacy Projects" };
		List<CostCenter> result = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			// the last one is inactive so flows can meet a closed cost center
			result.add(new CostCenter("CC" + (1000 + i * 10), names[i], i != names.length - 1));
		}
		return List.copyOf(result);
	}

	private List<SupplierSeed> buildSuppliers(Random random) {
		List<SupplierSeed> result = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < SUPPLIER_COUNT; i++) {
			String base = NAME_HEADS[random.nextInt(NAME_HEADS.length)] + " "
					+ NAME_TAILS[random.nextInt(NAME_TAILS.length)];
			String form = LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
			String name = base + " " + form;
			if (!names.add(name)) {
				name = base + " " + (i + 1) + " " + form;
				names.add(name);
			}
			String taxId = String.format("%02d-%07d", 10 + random.nextInt(89), random.nextInt(10_000_000));
			boolean inWorkday = i % 17 != 5;
			boolean inCoupa = i % 19 != 7;
			String workdayName = (inCoupa && inWorkday && i % 7 == 3) ? variant(base, form) : name;
			String currency = this.companies.get(i % 5 == 1 ? 1 : (i % 5 == 2 ? 2 : 0)).currency();
			String terms = PAYMENT_TERMS[random.nextInt(PAYMENT_TERMS.length)];
			result.add(new SupplierSeed(i, String.format("S-%05d", i + 1), name, taxId, inCoupa, inWorkday,
					workdayName, currency, terms));
		}
		return List.copyOf(result);
	}

	/** How a differing Workday name looks: upper-case, legal form spelled differently. */
	private static String variant(String base, String form) {
		return base.toUpperCase() + ", " + form.replace(".", "");
	}

}
