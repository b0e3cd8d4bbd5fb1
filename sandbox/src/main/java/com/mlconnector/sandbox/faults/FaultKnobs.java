package com.mlconnector.sandbox.faults;

/**
 * Fault settings for one system. Rates are probabilities in [0, 1] drawn per request.
 *
 * @param latencyMs fixed delay before the request is handled
 * @param latencyJitterMs extra random delay, uniformly 0..jitter
 * @param rate429 share of requests answered 429 Too Many Requests without being applied
 * @param retryAfter whether a 429 carries a {@code Retry-After} header
 * @param retryAfterSeconds the {@code Retry-After} value in seconds
 * @param rate5xx share of requests answered 503 without being applied
 * @param connectionResetRate share of requests whose connection is closed without any response bytes
 * @param lateResponseMs when above zero, the request is applied and the answer held back this long (a client
 * with a shorter read timeout gives up although the change happened)
 */
public record FaultKnobs(long latencyMs, long latencyJitterMs, double rate429, boolean retryAfter,
		int retryAfterSeconds, double rate5xx, double connectionResetRate, long lateResponseMs) {

	/** No faults at all. */
	public static final FaultKnobs NONE = new FaultKnobs(0, 0, 0, false, 0, 0, 0, 0);

	public FaultKnobs {
		requireRate("rate429", rate429);
		requireRate("rate5xx", rate5xx);
		requireRate("connectionResetRate", connectionResetRate);
		if (latencyMs < 0 || latencyJitterMs < 0 || lateResponseMs < 0 || retryAfterSeconds < 0) {
			throw new IllegalArgumentException("latencies and retryAfterSeconds must not be negative");
		}
	}

	private static void requireRate(String name, double rate) {
		if (!(rate >= 0 && rate <= 1)) {
			throw new IllegalArgumentException(name + " must be between 0 and 1, was " + rate);
		}
	}

}
