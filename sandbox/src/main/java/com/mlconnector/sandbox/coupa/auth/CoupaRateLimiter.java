package com.mlconnector.sandbox.coupa.auth;

import com.mlconnector.sandbox.coupa.CoupaKnobs;
import com.mlconnector.sandbox.coupa.CoupaProperties;

import org.springframework.stereotype.Component;

/**
 * Coupa's documented limit: 25 requests per second with a burst of 20, per instance ([DOC S-ERR]),
 * as a token bucket (third parties describe a leaky bucket answering 429; [3P DataGrail]).
 */
@Component("coupaSandboxRateLimiter")
public class CoupaRateLimiter {

	private final CoupaKnobs knobs;

	private double tokens = -1;

	private long lastNanos;

	private CoupaProperties.RateLimit lastSettings;

	public CoupaRateLimiter(CoupaKnobs knobs) {
		this.knobs = knobs;
	}

	/** Takes one token; returns 0 when allowed, else the whole seconds until one is available (at least 1). */
	public synchronized long acquire() {
		CoupaProperties.RateLimit settings = this.knobs.rateLimit();
		if (!settings.enabled()) {
			return 0;
		}
		long now = System.nanoTime();
		if (settings != this.lastSettings || this.tokens < 0) {
			// new settings start with a full bucket
			this.lastSettings = settings;
			this.tokens = settings.burst();
			this.lastNanos = now;
		}
		this.tokens = Math.min(settings.burst(), this.tokens + (now - this.lastNanos) / 1e9 * settings.perSecond());
		this.lastNanos = now;
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return 0;
		}
		return Math.max(1, (long) Math.ceil((1 - this.tokens) / settings.perSecond()));
	}

	public synchronized void reset() {
		this.tokens = -1;
	}

}
