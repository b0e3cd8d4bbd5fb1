package com.mlconnector.sandbox.coupa.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.mlconnector.sandbox.world.SupplierSeed;
import com.mlconnector.sandbox.world.World;

import static com.mlconnector.sandbox.coupa.doc.Docs.doc;

/** Builds the Coupa supplier documents (shape of {@code supplier-list-response-json-demo-instance.json}). */
final class SupplierFactory {

	private static final long SALT = 0x5099L;

	private static final String[][] CITIES = { { "Austin", "TX", "78701", "US", "United States" },
			{ "Berlin", "BE", "10115", "DE", "Germany" }, { "London", "LND", "EC1A 1BB", "GB", "United Kingdom" },
			{ "Denver", "CO", "80202", "US", "United States" }, { "Munich", "BY", "80331", "DE", "Germany" } };

	private SupplierFactory() {
	}

	/** Coupa's id of a seeded supplier: its world index + 1 (Workday-only suppliers leave gaps). */
	static long id(SupplierSeed seed) {
		return seed.index() + 1L;
	}

	static List<Map<String, Object>> build(World world) {
		List<Map<String, Object>> result = new ArrayList<>();
		for (SupplierSeed seed : world.suppliers()) {
			if (seed.inCoupa()) {
				result.add(supplier(world.random(SALT, seed.index()), seed));
			}
		}
		return result;
	}

	private static Map<String, Object> supplier(Random random, SupplierSeed seed) {
		long id = id(seed);
		OffsetDateTime created = CoupaCatalog.BASE_TIME.minusDays(400 - seed.index());
		String[] city = CITIES[random.nextInt(CITIES.length)];
		String first = List.of("Anna", "Ben", "Carla", "Dev", "Emma", "Farid").get(random.nextInt(6));
		String last = List.of("Meyer", "Smith", "Rossi", "Patel", "Novak", "Garcia").get(random.nextInt(6));
		Map<String, Object> country = doc("id", (long) (200 + city[3].charAt(0)), "code", city[3], "name", city[4]);
		Map<String, Object> address = doc("id", id * 10, "name", seed.name(), "street1",
				(1 + random.nextInt(400)) + " Market Street", "street2", null, "city", city[0], "state", city[1],
				"postal-code", city[2], "active", true, "country", country);
		Map<String, Object> remitTo = doc("id", id * 10 + 1, "remit-to-code", "RT-" + seed.supplierNumber(), "name",
				seed.name() + " Remittance", "street1", "PO Box " + (1000 + random.nextInt(9000)), "city", city[0],
				"state", city[1], "postal-code", city[2], "active", true, "country", country);
		return doc("id", id, "created-at", created, "updated-at", created, "name", seed.name(), "display-name",
				seed.name(), "number", seed.supplierNumber(), "status", (seed.index() % 23 == 11) ? "inactive" : "active",
				"website", "", "po-method", "email", "po-change-method", "email", "payment-method", "invoice",
				"po-email", "orders@" + slug(seed.name()) + ".example", "account-number", "", "duns", "", "tax-id",
				seed.taxId(), "invoice-matching-level", (seed.index() % 3 == 0) ? "3-way" : "2-way", "on-hold", false,
				"buyer-hold", false, "savings-pct", BigDecimal.valueOf(random.nextInt(60), 1), "primary-contact",
				doc("id", id * 10 + 2, "email", first.toLowerCase() + "." + last.toLowerCase() + "@"
						+ slug(seed.name()) + ".example", "name-given", first, "name-family", last),
				"primary-address", address, "payment-term", CoupaCatalog.paymentTerm(seed.paymentTerms()),
				"remit-to-addresses", new ArrayList<>(List.of(remitTo)));
	}

	static String slug(String name) {
		return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
