package com.mlconnector.connectors.coupa;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoupaPagesTests {

	@Test
	void fetchesPagesOnlyAsConsumedAndStopsAtAShortPage() {
		// given: 120 rows behind a page function that records its offsets
		List<Integer> offsets = new ArrayList<>();
		var stream = CoupaPages.<Integer>stream((offset) -> {
			offsets.add(offset);
			return IntStream.range(offset, Math.min(offset + 50, 120)).boxed().toList();
		}, 50);
		// when / then
		assertThat(offsets).isEmpty();
		assertThat(stream.limit(51).toList()).hasSize(51);
		assertThat(offsets).containsExactly(0, 50);
		var all = CoupaPages.<Integer>stream((offset) -> IntStream.range(offset, Math.min(offset + 50, 120))
			.boxed()
			.toList(), 50).toList();
		assertThat(all).hasSize(120).startsWith(0).endsWith(119);
	}

}
