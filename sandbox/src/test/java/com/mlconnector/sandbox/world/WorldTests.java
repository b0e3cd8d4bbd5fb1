package com.mlconnector.sandbox.world;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorldTests {

	@Test
	void sameSeedGivesSameWorld() {
		// given / when
		World a = World.generate(42, 1000);
		World b = World.generate(42, 1000);
		// then
		assertThat(a.suppliers()).isEqualTo(b.suppliers());
		assertThat(a.random(1, 77).nextLong()).isEqualTo(b.random(1, 77).nextLong());
		assertThat(World.generate(43, 1000).suppliers()).isNotEqualTo(a.suppliers());
	}

	@Test
	void suppliersCoverBothSidesAndDifferences() {
		// given
		World world = World.generate(7, 10);
		// then
		assertThat(world.suppliers()).hasSizeGreaterThanOrEqualTo(50);
		assertThat(world.suppliers()).anyMatch((s) -> s.inCoupa() && !s.inWorkday());
		assertThat(world.suppliers()).anyMatch((s) -> !s.inCoupa() && s.inWorkday());
		assertThat(world.suppliers()).anyMatch(SupplierSeed::nameDiffers);
		assertThat(world.suppliers()).extracting(SupplierSeed::name).doesNotHaveDuplicates();
		assertThat(world.suppliers()).extracting(SupplierSeed::supplierNumber).doesNotHaveDuplicates();
		assertThat(world.supplier("S-00001")).contains(world.suppliers().get(0));
	}

	@Test
	void referenceDataLinesUp() {
		World world = World.generate(1, 0);
		assertThat(world.companies()).extracting(Company::id).containsExactly("C100", "C200", "C300");
		assertThat(world.costCenters()).anyMatch((c) -> !c.active());
		assertThat(world.expenseAccounts()).isNotEmpty().allMatch((a) -> a.type().equals("Expense"));
		assertThat(world.spendCategories()).hasSizeGreaterThanOrEqualTo(world.expenseAccounts().size() - 1);
	}

}
