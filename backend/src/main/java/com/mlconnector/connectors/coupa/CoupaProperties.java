package com.mlconnector.connectors.coupa;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Coupa connector ({@code mlc.connectors.coupa.*}); the defaults suit production.
 *
 * @param requestsPerSecond client-side limit per Coupa instance (base URL), shared by every tenant on that
 * instance; Coupa allows 25/s with a burst of 20, so stay below
 * @param maxAttempts attempts per call, the first included; only transient errors are retried
 * @param initialBackoff ceiling of the first retry wait; doubled per attempt, each wait drawn uniformly below
 * the ceiling (full jitter) unless Coupa sent {@code Retry-After}
 * @param maxBackoff largest ceiling of a retry wait
 * @param maxRetryAfter longest {@code Retry-After} the client sleeps through; a longer one fails the call as
 * transient so the job can be rescheduled instead of holding a thread
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time to wait for an answer
 * @param tokenClockSkew renew a token this long before it expires (Coupa: tokens live 24 h)
 * @param rateLimitWait longest wait for a rate-limiter permit before the call fails as transient
 * @param circuitBreaker per-tenant breaker over transient failures
 */
@ConfigurationProperties("mlc.connectors.coupa")
record CoupaProperties(@DefaultValue("20") double requestsPerSecond, @DefaultValue("4") int maxAttempts,
		@DefaultValue("500ms") Duration initialBackoff, @DefaultValue("30s") Duration maxBackoff,
		@DefaultValue("60s") Duration maxRetryAfter, @DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("60s") Duration readTimeout, @DefaultValue("60s") Duration tokenClockSkew,
		@DefaultValue("30s") Duration rateLimitWait, @DefaultValue CircuitBreaker circuitBreaker) {

	/**
	 * @param failureRatePercent share of recorded transient failures that opens the breaker
	 * @param minimumCalls calls needed before the rate is judged
	 * @param windowSize calls in the sliding window
	 * @param openWait how long the breaker stays open before trial calls
	 */
	record CircuitBreaker(@DefaultValue("50") float failureRatePercent, @DefaultValue("10") int minimumCalls,
			@DefaultValue("20") int windowSize, @DefaultValue("30s") Duration openWait) {
	}

	/** The defaults, for code that is not bound from configuration (tests). */
	static CoupaProperties defaults() {
		return new CoupaProperties(20, 4, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(60),
				Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(30),
				new CircuitBreaker(50, 10, 20, Duration.ofSeconds(30)));
	}

}
