package com.mlconnector.sandbox.coupa.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers where the page ending at a given offset stopped, per filter, so that paging through a
 * filtered query over lazily derived records scans each record once instead of re-scanning from the
 * start for every page. Owners clear it on every write, so offsets mean what they would in Coupa.
 */
public final class PagingCursors {

	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Long> nextIds = new ConcurrentHashMap<>();

	Long find(String filter, long offset) {
		return this.nextIds.get(filter + "@" + offset);
	}

	void remember(String filter, long offset, long nextId) {
		if (this.nextIds.size() >= MAX_ENTRIES) {
			this.nextIds.clear();
		}
		this.nextIds.put(filter + "@" + offset, nextId);
	}

	public void clear() {
		this.nextIds.clear();
	}

}
