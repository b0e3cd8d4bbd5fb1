package com.mlconnector.sandbox.coupa;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Coupa sandbox ({@code sandbox.coupa.*}).
 *
 * @param pathPrefix where the instance is mounted: {@code /sandbox/coupa} inside the web app, empty
 * stand-alone
 * @param seed world seed used at start-up (and by {@code _admin/reset} without {@code seed})
 * @param invoices number of invoices derived at start-up
 * @param tokenTtl lifetime of issued access tokens; Coupa's is 86399 s
 * @param rateLimit the per-instance request limiter
 * @param events delivery retry policy of call-outs and webhooks
 */
@ConfigurationProperties("sandbox.coupa")
public record CoupaProperties(@DefaultValue("/sandbox/coupa") String pathPrefix, @DefaultValue("42") long seed,
		@DefaultValue("1000") int invoices, @DefaultValue("86399s") Duration tokenTtl,
		@DefaultValue RateLimit rateLimit, @DefaultValue Events events) {

	/**
	 * Coupa documents 25 requests/s with a burst of 20 (NOTES §4).
	 *
	 * @param enabled whether requests are limited at all
	 * @param perSecond sustained rate (token refill per second)
	 * @param burst bucket size
	 * @param retryAfter whether 429 answers carry {@code Retry-After} (real Coupa documents none)
	 */
	public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("25") double perSecond,
			@DefaultValue("20") int burst, @DefaultValue("true") boolean retryAfter) {
	}

	/**
	 * @param maxAttempts attempts per delivery, the first included
	 * @param initialBackoff wait before the first retry; doubled after each further failure
	 * @param timeout connect and read timeout of one attempt
	 */
	public record Events(@DefaultValue("5") int maxAttempts, @DefaultValue("2s") Duration initialBackoff,
			@DefaultValue("5s") Duration timeout) {
	}

}
