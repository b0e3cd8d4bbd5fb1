package com.mlconnector.sandbox.coupa.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/** Configured targets and the delivery log of the instance. */
@Component("coupaSandboxEventTargets")
public class EventTargets {

	private static final int MAX_DELIVERIES = 1000;

	private static final Set<String> EVENTS = Set.of("invoice.status", "invoice.payment", "supplier");

	private final Map<String, EventTarget> targets = new ConcurrentHashMap<>();

	private final ConcurrentLinkedDeque<Delivery> deliveries = new ConcurrentLinkedDeque<>();

	private final AtomicLong ids = new AtomicLong(1);

	/** Validates and stores a target; returns it with its id (and generated webhook secret). */
	public EventTarget add(EventTarget in) {
		List<String> errors = new ArrayList<>();
		if (!EventTarget.CALL_OUT.equals(in.type()) && !EventTarget.WEBHOOK.equals(in.type())) {
			errors.add("type must be call-out or webhook");
		}
		if (in.url() == null || !in.url().startsWith("http")) {
			errors.add("url must be an http(s) URL");
		}
		if (EventTarget.CALL_OUT.equals(in.type()) && (in.tokenUrl() == null || in.clientId() == null
				|| in.clientSecret() == null)) {
			errors.add("a call-out needs tokenUrl, clientId and clientSecret");
		}
		if (in.events() != null && !EVENTS.containsAll(in.events())) {
			errors.add("events must be among " + EVENTS);
		}
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", errors));
		}
		String secret = EventTarget.WEBHOOK.equals(in.type())
				? ((in.secret() != null) ? in.secret() : WebhookSigner.newSecret()) : null;
		String format = "xml".equalsIgnoreCase(in.format()) && EventTarget.CALL_OUT.equals(in.type()) ? "xml" : "json";
		EventTarget target = new EventTarget("target-" + this.ids.getAndIncrement(), in.type(), in.url(), format,
				in.events(), in.statuses(), in.tokenUrl(), in.clientId(), in.clientSecret(), in.scope(), secret);
		this.targets.put(target.id(), target);
		return target;
	}

	public List<EventTarget> targets() {
		return List.copyOf(this.targets.values());
	}

	public boolean remove(String id) {
		return this.targets.remove(id) != null;
	}

	public List<Delivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	void record(Delivery delivery) {
		this.deliveries.addLast(delivery);
		while (this.deliveries.size() > MAX_DELIVERIES) {
			this.deliveries.pollFirst();
		}
	}

	public void clearDeliveries() {
		this.deliveries.clear();
	}

	public void clear() {
		this.targets.clear();
		this.deliveries.clear();
	}

}
