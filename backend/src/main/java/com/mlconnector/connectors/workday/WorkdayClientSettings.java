package com.mlconnector.connectors.workday;

import java.time.Duration;

/**
 * Timeouts and retry policy shared by all Workday clients.
 *
 * @param connectTimeout TCP connect timeout
 * @param readTimeout how long to wait for an answer; Workday Get_* pages can be slow, so this is generous
 * @param maxAttempts attempts per call for transient and processing faults (1 = no retry)
 * @param initialBackoff first wait between attempts; doubles each time, with jitter
 */
public record WorkdayClientSettings(Duration connectTimeout, Duration readTimeout, int maxAttempts,
		Duration initialBackoff) {

	/** Production defaults: 10 s connect, 120 s read, 4 attempts starting at 1 s. */
	public static WorkdayClientSettings defaults() {
		return new WorkdayClientSettings(Duration.ofSeconds(10), Duration.ofSeconds(120), 4, Duration.ofSeconds(1));
	}

}
