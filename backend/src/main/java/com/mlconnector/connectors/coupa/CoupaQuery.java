package com.mlconnector.connectors.coupa;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Filters and projection of a Coupa list read. Immutable; each method returns a new query. Filter keys use
 * Coupa's syntax ({@code attr[op]}, association paths such as {@code supplier[number]}); all are ANDed.
 *
 * <pre>
 * CoupaQuery.all().notExported().statusIn("approved", "voided").updatedAfter(watermark).fields("id", "status")
 * </pre>
 */
public record CoupaQuery(Map<String, String> filters, String fieldsJson, int pageSize) {

	/** Coupa returns at most 50 records per request. */
	public static final int MAX_PAGE_SIZE = 50;

	public CoupaQuery {
		filters = Map.copyOf(filters);
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE);
		}
	}

	/** No filter, whole records, 50 per page. */
	public static CoupaQuery all() {
		return new CoupaQuery(Map.of(), null, MAX_PAGE_SIZE);
	}

	/** Adds {@code key=value}, e.g. {@code where("supplier[number]", "S-00001")}. */
	public CoupaQuery where(String key, String value) {
		Map<String, String> next = new LinkedHashMap<>(this.filters);
		next.put(key, value);
		return new CoupaQuery(next, this.fieldsJson, this.pageSize);
	}

	/** {@code updated-at[gt]=<instant>} (ISO 8601, UTC). */
	public CoupaQuery updatedAfter(Instant instant) {
		return where("updated-at[gt]", DateTimeFormatter.ISO_INSTANT.format(instant));
	}

	/** {@code exported=false}: the documented export loop. */
	public CoupaQuery notExported() {
		return where("exported", "false");
	}

	/** {@code status[in]=a,b}. */
	public CoupaQuery statusIn(String... statuses) {
		return where("status[in]", String.join(",", statuses));
	}

	/** {@code fields=["a","b"]}: only these attributes come back (others are {@code null}). */
	public CoupaQuery fields(String... names) {
		return fieldsJson(Arrays.stream(names).map((n) -> "\"" + n.replace("\"", "") + "\"")
			.collect(Collectors.joining(",", "[", "]")));
	}

	/** A raw {@code fields} value for nested projections, e.g. {@code ["id",{"invoice_lines":["id"]}]}. */
	public CoupaQuery fieldsJson(String json) {
		return new CoupaQuery(this.filters, json, this.pageSize);
	}

	/** Rows per request (at most 50); a smaller size suits probes that need one row. */
	public CoupaQuery pageSize(int size) {
		return new CoupaQuery(this.filters, this.fieldsJson, size);
	}

}
