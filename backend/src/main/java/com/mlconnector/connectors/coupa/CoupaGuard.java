package com.mlconnector.connectors.coupa;

import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;

/**
 * Wraps one logical call: retry (transient errors only) around the tenant's circuit breaker, so each attempt
 * counts with the breaker and an open breaker stops the retries. The rate limiter is applied per request inside
 * {@link CoupaHttp}, as a 401 renewal sends a second request.
 */
final class CoupaGuard {

	private final Retry retry;

	private final CircuitBreaker breaker;

	/** @param breaker {@code null} for probes: a ping must try for real, not report an earlier outage */
	CoupaGuard(Retry retry, CircuitBreaker breaker) {
		this.retry = retry;
		this.breaker = breaker;
	}

	<T> T call(Supplier<T> action) {
		Supplier<T> guarded = (this.breaker != null) ? CircuitBreaker.decorateSupplier(this.breaker, action) : action;
		try {
			return Retry.decorateSupplier(this.retry, guarded).get();
		}
		catch (CallNotPermittedException ex) {
			throw new CoupaCircuitOpenException("Calls to Coupa are paused for this tenant after repeated failures"
					+ " (circuit breaker open); they resume automatically after "
					+ this.breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1) / 1000
					+ " s", ex);
		}
	}

}
