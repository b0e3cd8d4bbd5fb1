package com.mlconnector.sandbox.coupa.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Fully materialised records (suppliers, purchase orders, accounts): there are few of them. Records
 * are replaced, never mutated in place, so readers rendering a record never see a half-done edit.
 */
public final class RecordBook {

	private final ConcurrentSkipListMap<Long, Map<String, Object>> records = new ConcurrentSkipListMap<>();

	private final AtomicLong nextId = new AtomicLong(1);

	RecordBook(List<Map<String, Object>> seed) {
		seed.forEach(this::put);
	}

	public Map<String, Object> get(long id) {
		return this.records.get(id);
	}

	public Stream<Map<String, Object>> stream() {
		return this.records.values().stream();
	}

	public List<Map<String, Object>> all() {
		return List.copyOf(this.records.values());
	}

	long newId() {
		return this.nextId.getAndIncrement();
	}

	void put(Map<String, Object> record) {
		long id = (Long) record.get("id");
		this.records.put(id, record);
		this.nextId.accumulateAndGet(id + 1, Math::max);
	}

}
