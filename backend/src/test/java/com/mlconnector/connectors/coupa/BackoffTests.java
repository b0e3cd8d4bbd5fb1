package com.mlconnector.connectors.coupa;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import io.github.resilience4j.core.functions.Either;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), new Random(7));

	@Test
	void fullJitterStaysBelowTheDoublingCeiling() {
		Set<Long> waits = new HashSet<>();
		for (int attempt = 1; attempt <= 10; attempt++) {
			for (int i = 0; i < 50; i++) {
				long wait = this.backoff.apply(attempt, Either.left(new RuntimeException()));
				assertThat(wait).isBetween(0L, Math.min(500L << (attempt - 1), 30_000L));
				waits.add(wait);
			}
		}
		// spread out, not lock-step
		assertThat(waits).hasSizeGreaterThan(300);
		assertThat(this.backoff.ceiling(100)).isEqualTo(30_000);
	}

	@Test
	void retryAfterWins() {
		CoupaTransientException ex = new CoupaTransientException(429, Duration.ofSeconds(3), false, "429", null);
		assertThat(this.backoff.apply(1, Either.left(ex))).isEqualTo(3000);
	}

	@Test
	void parsesRetryAfterSecondsAndHttpDates() {
		Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
		assertThat(Backoff.parseRetryAfter("3", clock)).isEqualTo(Duration.ofSeconds(3));
		assertThat(Backoff.parseRetryAfter("Fri, 27 Nov 2026 10:00:07 GMT", clock)).isEqualTo(Duration.ofSeconds(7));
		assertThat(Backoff.parseRetryAfter("Fri, 27 Nov 2026 09:00:00 GMT", clock)).isZero();
		assertThat(Backoff.parseRetryAfter("soon", clock)).isNull();
		assertThat(Backoff.parseRetryAfter(null, clock)).isNull();
	}

}
