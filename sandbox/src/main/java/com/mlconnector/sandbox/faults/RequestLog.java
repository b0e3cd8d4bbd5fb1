package com.mlconnector.sandbox.faults;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The most recent requests per system, oldest first. Bounded so a long-running sandbox does not grow without
 * limit.
 */
@Component("sandboxRequestLog")
public class RequestLog {

	/** Request attribute a controller sets to the authenticated client id (API client, ISU, OAuth client). */
	public static final String CLIENT_ID_ATTRIBUTE = RequestLog.class.getName() + ".clientId";

	/** Status recorded when the connection was reset instead of answered. */
	public static final int STATUS_CONNECTION_RESET = 0;

	static final int MAX_ENTRIES_PER_SYSTEM = 2000;

	/**
	 * One handled request.
	 *
	 * @param status HTTP status sent, or {@link #STATUS_CONNECTION_RESET}
	 * @param clientId authenticated client, else the HTTP Basic user name, else {@code null}
	 */
	public record Entry(Instant at, String system, String method, String path, String query, int status,
			long durationMs, String clientId) {
	}

	private final Map<String, Deque<Entry>> entries = new ConcurrentHashMap<>();

	public List<Entry> entries(String system) {
		Deque<Entry> deque = this.entries.get(system);
		if (deque == null) {
			return List.of();
		}
		synchronized (deque) {
			return List.copyOf(new ArrayList<>(deque));
		}
	}

	public void clear(String system) {
		Deque<Entry> deque = this.entries.get(system);
		if (deque != null) {
			synchronized (deque) {
				deque.clear();
			}
		}
	}

	public void record(Entry entry) {
		Deque<Entry> deque = this.entries.computeIfAbsent(entry.system(), (s) -> new ArrayDeque<>());
		synchronized (deque) {
			deque.addLast(entry);
			while (deque.size() > MAX_ENTRIES_PER_SYSTEM) {
				deque.removeFirst();
			}
		}
	}

}
