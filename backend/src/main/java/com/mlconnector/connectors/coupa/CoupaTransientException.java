package com.mlconnector.connectors.coupa;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that may go away by itself: 429, 5xx, I/O errors and timeouts. The only kind the client retries;
 * thrown once the retries are used up (or when retrying could apply a non-idempotent write twice).
 */
public final class CoupaTransientException extends CoupaException {

	private final int status;

	private final Duration retryAfter;

	private final boolean outcomeUnknown;

	CoupaTransientException(int status, Duration retryAfter, boolean outcomeUnknown, String message,
			Throwable cause) {
		super(message, cause);
		this.status = status;
		this.retryAfter = retryAfter;
		this.outcomeUnknown = outcomeUnknown;
	}

	/** HTTP status, or 0 when no response arrived. */
	public int status() {
		return this.status;
	}

	/** The wait Coupa asked for ({@code Retry-After}), if any. */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	/** True when the request may have been applied although no answer came (e.g. a read timeout). */
	public boolean outcomeUnknown() {
		return this.outcomeUnknown;
	}

}
