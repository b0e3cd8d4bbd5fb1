package com.mlconnector.sandbox.coupa.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.mlconnector.sandbox.coupa.doc.Docs;

/**
 * A parsed list query. Paging is 0-based {@code offset} with at most 50 records per page
 * ([DOC S-GS, S-QO]; {@code limit} above 50 is capped, as third parties report).
 */
public final class CoupaQuery {

	public static final int MAX_LIMIT = 50;

	private static final Set<String> RESERVED = Set.of("offset", "limit", "order_by", "dir", "fields",
			"return_object", "filter");

	private final List<Condition> conditions;

	private final int offset;

	private final int limit;

	private final String orderBy;

	private final boolean descending;

	private final Projection projection;

	private CoupaQuery(List<Condition> conditions, int offset, int limit, String orderBy, boolean descending,
			Projection projection) {
		this.conditions = conditions;
		this.offset = offset;
		this.limit = limit;
		this.orderBy = orderBy;
		this.descending = descending;
		this.projection = projection;
	}

	/** Parses request parameters; {@code ignored} names path-level parameters that are no filters. */
	public static CoupaQuery parse(Map<String, String[]> parameters, Set<String> ignored) {
		List<Condition> conditions = new ArrayList<>();
		parameters.forEach((name, values) -> {
			if (RESERVED.contains(name) || ignored.contains(name)) {
				return;
			}
			for (String value : values) {
				conditions.add(condition(name, value));
			}
		});
		int offset = number(parameters, "offset", 0);
		int limit = number(parameters, "limit", MAX_LIMIT);
		limit = (limit <= 0 || limit > MAX_LIMIT) ? MAX_LIMIT : limit;
		String orderBy = Docs.key(first(parameters, "order_by", "id"));
		boolean descending = "desc".equalsIgnoreCase(first(parameters, "dir", "asc"));
		return new CoupaQuery(conditions, Math.max(0, offset), limit, orderBy, descending,
				Projection.of(first(parameters, "fields", null), first(parameters, "return_object", null)));
	}

	/** {@code supplier[number][in]} → path [supplier, number], operator in. */
	static Condition condition(String name, String value) {
		List<String> parts = new ArrayList<>();
		for (String part : name.replace("]", "").split("\\[")) {
			parts.add(part);
		}
		String operator = "";
		if (parts.size() > 1 && Condition.OPERATORS.contains(parts.get(parts.size() - 1))) {
			operator = parts.remove(parts.size() - 1);
		}
		return new Condition(parts.stream().map(Docs::key).toList(), operator, value);
	}

	public Projection projection() {
		return this.projection;
	}

	/** Runs the query over records held in memory. */
	public List<Map<String, Object>> run(Stream<Map<String, Object>> records) {
		Stream<Map<String, Object>> matching = records.filter(this::matches);
		if (!"id".equals(this.orderBy) || this.descending) {
			matching = matching.sorted(comparator());
		}
		return matching.skip(this.offset).limit(this.limit).toList();
	}

	/**
	 * Runs the query over lazily derived records: in id order nothing beyond the page is derived
	 * (no filter) or kept (with filters); other orders keep only (sort key, id) pairs in memory.
	 */
	public List<Map<String, Object>> run(long maxId, LongFunction<Map<String, Object>> get, PagingCursors cursors) {
		if ("id".equals(this.orderBy) && this.descending) {
			LongStream ordered = LongStream.rangeClosed(1, maxId).map((id) -> maxId + 1 - id);
			return ordered.mapToObj(get).filter((d) -> d != null && matches(d)).skip(this.offset).limit(this.limit).toList();
		}
		if ("id".equals(this.orderBy)) {
			if (this.conditions.isEmpty()) {
				return LongStream.rangeClosed(1, maxId).skip(this.offset).limit(this.limit).mapToObj(get)
					.filter(java.util.Objects::nonNull).toList();
			}
			return ascendingFiltered(maxId, get, cursors);
		}
		List<Object[]> keys = LongStream.rangeClosed(1, maxId).mapToObj(get)
			.filter((d) -> d != null && matches(d))
			.map((d) -> new Object[] { Docs.get(d, List.of(this.orderBy.split("\\."))), d.get("id") })
			.sorted((a, b) -> compareKeys(a, b))
			.skip(this.offset)
			.limit(this.limit)
			.toList();
		return keys.stream().map((k) -> get.apply((Long) k[1])).toList();
	}

	/** Resumes where the previous page of the same filter stopped, when known. */
	private List<Map<String, Object>> ascendingFiltered(long maxId, LongFunction<Map<String, Object>> get,
			PagingCursors cursors) {
		String filter = this.conditions.toString();
		Long resume = cursors.find(filter, this.offset);
		long start = (resume != null) ? resume : 1;
		long skip = (resume != null) ? 0 : this.offset;
		List<Map<String, Object>> page = LongStream.rangeClosed(start, maxId).mapToObj(get)
			.filter((d) -> d != null && matches(d)).skip(skip).limit(this.limit).toList();
		if (page.size() == this.limit) {
			cursors.remember(filter, this.offset + (long) page.size(), (Long) page.get(page.size() - 1).get("id") + 1);
		}
		return page;
	}

	private boolean matches(Map<String, Object> document) {
		for (Condition condition : this.conditions) {
			if (!condition.test(document)) {
				return false;
			}
		}
		return true;
	}

	private Comparator<Map<String, Object>> comparator() {
		return (a, b) -> compareKeys(new Object[] { a.get(this.orderBy), a.get("id") },
				new Object[] { b.get(this.orderBy), b.get("id") });
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private int compareKeys(Object[] a, Object[] b) {
		int result;
		if (a[0] == null || b[0] == null) {
			result = (a[0] == null) ? ((b[0] == null) ? 0 : 1) : -1;
		}
		else if (a[0] instanceof Comparable ca && a[0].getClass() == b[0].getClass()) {
			result = ca.compareTo(b[0]);
		}
		else {
			result = Docs.text(a[0]).compareTo(Docs.text(b[0]));
		}
		if (this.descending) {
			result = -result;
		}
		return (result != 0) ? result : Long.compare((Long) a[1], (Long) b[1]);
	}

	private static String first(Map<String, String[]> parameters, String name, String fallback) {
		String[] values = parameters.get(name);
		return (values != null && values.length > 0 && !values[0].isBlank()) ? values[0] : fallback;
	}

	private static int number(Map<String, String[]> parameters, String name, int fallback) {
		String value = first(parameters, name, null);
		try {
			return (value != null) ? Integer.parseInt(value.trim()) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new CoupaQueryException(name + " must be a number");
		}
	}

}
