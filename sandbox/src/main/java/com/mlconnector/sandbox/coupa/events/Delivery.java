package com.mlconnector.sandbox.coupa.events;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One event sent to one target, with every attempt; visible at {@code _admin/deliveries}.
 *
 * @param id message id (also the {@code webhook-id} header)
 * @param targetId the target
 * @param event {@code invoice.status}, {@code invoice.payment} or {@code supplier}
 * @param resource {@code invoices} or {@code suppliers}
 * @param recordId the record's id
 * @param attempts attempts so far, oldest first
 */
public record Delivery(String id, String targetId, String event, String resource, long recordId,
		List<Attempt> attempts, State state) {

	Delivery(String id, String targetId, String event, String resource, long recordId) {
		this(id, targetId, event, resource, recordId, new CopyOnWriteArrayList<>(), new State());
	}

	/** One try: HTTP status (0 when none was received) and error text. */
	public record Attempt(Instant at, int status, String error) {
	}

	/** Mutable outcome: {@code pending}, {@code delivered} or {@code failed}. */
	public static final class State {

		private volatile String value = "pending";

		public String value() {
			return this.value;
		}

		void set(String value) {
			this.value = value;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
