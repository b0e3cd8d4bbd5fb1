package com.mlconnector.sandbox.coupa;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Coupa-specific knobs that tests and demos change at run time through {@code _admin/knobs}; they start
 * from {@link CoupaProperties}. (The generic latency/5xx/429 knobs live in the faults package.)
 */
@Component("coupaSandboxKnobs")
public class CoupaKnobs {

	private final CoupaProperties properties;

	private volatile CoupaProperties.RateLimit rateLimit;

	private volatile Duration tokenTtl;

	public CoupaKnobs(CoupaProperties properties) {
		this.properties = properties;
		reset();
	}

	public CoupaProperties.RateLimit rateLimit() {
		return this.rateLimit;
	}

	public Duration tokenTtl() {
		return this.tokenTtl;
	}

	public void set(CoupaProperties.RateLimit rateLimit, Duration tokenTtl) {
		if (rateLimit != null) {
			this.rateLimit = rateLimit;
		}
		if (tokenTtl != null) {
			this.tokenTtl = tokenTtl;
		}
	}

	public final void reset() {
		this.rateLimit = this.properties.rateLimit();
		this.tokenTtl = this.properties.tokenTtl();
	}

}
