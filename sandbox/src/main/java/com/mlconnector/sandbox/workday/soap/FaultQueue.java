package com.mlconnector.sandbox.workday.soap;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Workday-specific faults chosen through the admin API: "the next N calls of operation X fail with this
 * Validation_Fault (or Processing_Fault)". Applied after authentication and schema validation, before the operation
 * runs, so nothing is written.
 */
@Component("workdaySandboxFaultQueue")
public class FaultQueue {

	/** A queued fault: validation errors, or a processing-fault detail when {@code errors} is empty. */
	public record Queued(List<ValidationError> errors, String processingDetail) {
	}

	private final Map<String, Deque<Queued>> queues = new ConcurrentHashMap<>();

	/** @param operation operation name without suffix, e.g. {@code Submit_Supplier_Invoice} */
	public void enqueue(String operation, Queued fault, int times) {
		Deque<Queued> queue = this.queues.computeIfAbsent(operation, (o) -> new ArrayDeque<>());
		synchronized (queue) {
			for (int i = 0; i < Math.max(1, times); i++) {
				queue.addLast(fault);
			}
		}
	}

	SoapFault poll(String operation) {
		Deque<Queued> queue = this.queues.get(operation);
		if (queue == null) {
			return null;
		}
		Queued fault;
		synchronized (queue) {
			fault = queue.pollFirst();
		}
		if (fault == null) {
			return null;
		}
		return fault.errors().isEmpty() ? SoapFault.processing(fault.processingDetail())
				: SoapFault.validation(fault.errors());
	}

	/** Pending faults per operation, for the admin API. */
	public Map<String, Integer> pending() {
		Map<String, Integer> pending = new TreeMap<>();
		this.queues.forEach((operation, queue) -> {
			synchronized (queue) {
				if (!queue.isEmpty()) {
					pending.put(operation, queue.size());
				}
			}
		});
		return pending;
	}

	public void clear() {
		this.queues.clear();
	}

}
