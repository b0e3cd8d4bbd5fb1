package com.mlconnector.connectors.coupa;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.random.RandomGenerator;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;

/**
 * Retry waits: Coupa's {@code Retry-After} when it sent one, else exponential backoff with full jitter (a wait
 * drawn uniformly from zero to the doubling ceiling), so that many clients hit by the same 429 spread out
 * instead of retrying in lock-step.
 */
final class Backoff implements IntervalBiFunction<Object> {

	private final Duration initial;

	private final Duration max;

	private final RandomGenerator random;

	Backoff(Duration initial, Duration max, RandomGenerator random) {
		this.initial = initial;
		this.max = max;
		this.random = random;
	}

	/** @param attempt 1 before the first retry, 2 before the second... */
	@Override
	public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
		if (outcome != null && outcome.isLeft() && outcome.getLeft() instanceof CoupaTransientException ex
				&& ex.retryAfter().isPresent()) {
			return ex.retryAfter().get().toMillis();
		}
		return this.random.nextLong(ceiling(attempt) + 1);
	}

	long ceiling(int attempt) {
		long ceiling = this.initial.toMillis() << Math.min(Math.max(attempt - 1, 0), 30);
		return Math.min(ceiling, this.max.toMillis());
	}

	/**
	 * Parses {@code Retry-After}: delay-seconds or an HTTP date (RFC 9110 §10.2.3); a date in the past means
	 * now. Unparseable values count as absent.
	 */
	static Duration parseRetryAfter(String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.trim();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(text)));
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(clock.instant(), at.toInstant());
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

}
