package com.mlconnector.sandbox.coupa;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mlconnector.sandbox.coupa.CoupaHttp.JSON_TYPE;
import static com.mlconnector.sandbox.coupa.CoupaHttp.check;
import static org.assertj.core.api.Assertions.assertThat;

/** Coupa's query syntax over real HTTP (NOTES §1.3–1.6). */
@CoupaSandboxTest
class CoupaQueryTests {

	@LocalServerPort
	int port;

	CoupaHttp http;

	String token;

	@BeforeEach
	void setUp() {
		this.http = new CoupaHttp(this.port);
		this.http.reset(500);
		this.token = this.http.demoToken();
	}

	List<Map<String, Object>> invoices(String query) {
		return CoupaHttp.jsonList(check(this.http.get(this.token, "/invoices?" + query, JSON_TYPE), 200).body());
	}

	List<Object> ids(String query) {
		return invoices(query).stream().map((i) -> i.get("id")).toList();
	}

	@Test
	void everyOperator() {
		assertThat(ids("id=7")).containsExactly(7);
		assertThat(ids("id[gt]=495")).containsExactly(496, 497, 498, 499, 500);
		assertThat(ids("id[gt_or_eq]=499")).containsExactly(499, 500);
		assertThat(ids("id[lt]=3")).containsExactly(1, 2);
		assertThat(ids("id[lt_or_eq]=2")).containsExactly(1, 2);
		assertThat(ids("id[in]=3,5,8")).containsExactly(3, 5, 8);
		assertThat(ids("id[lt]=6&id[not_in]=2,3")).containsExactly(1, 4, 5);
		assertThat(ids("id[lt]=4&id[not_eq]=2")).containsExactly(1, 3);
		assertThat(ids("invoice-number[starts_with]=INV-000001")).hasSize(10);
		assertThat(ids("invoice-number[ends_with]=0042")).containsExactly(42);
		assertThat(ids("invoice-number[contains]=0004")).contains(4, 40, 49);
		assertThat(invoices("payment-date[blank]=false")).allSatisfy((i) -> assertThat(i.get("payment-date")).isNotNull());
		assertThat(invoices("payment-date[blank]=true")).allSatisfy((i) -> assertThat(i.get("payment-date")).isNull());
		assertThat(invoices("status[in]=approved,voided")).isNotEmpty()
			.allSatisfy((i) -> assertThat(i.get("status")).isIn("approved", "voided"));
		assertThat(invoices("status[not_in]=approved,voided")).allSatisfy(
				(i) -> assertThat(i.get("status")).isNotIn("approved", "voided"));
	}

	@Test
	void datesInBothSpellingsAndDateOnlyMeansMidnightUtc() {
		// invoice n is created at 2025-01-01T00:00Z + 5n minutes: 12 per hour
		assertThat(ids("created-at[lt]=2025-01-01T01:00:00Z")).hasSize(11);
		assertThat(ids("created_at[lt]=2025-01-01T01:00:00%2B00:00")).hasSize(11);
		assertThat(ids("created-at[gt_or_eq]=2025-01-02&created-at[lt]=2025-01-02T00:10:00Z")).containsExactly(288, 289);
		List<Map<String, Object>> recent = invoices("updated_at[gt]=2025-01-02T12:00:00Z&dir=asc");
		assertThat(recent).isNotEmpty();
		assertThat(invoices("updated-at[gt]=2025-01-02T12:00:00Z&dir=asc")).isEqualTo(recent);
	}

	@Test
	void associationFilters() {
		Map<String, Object> supplier = CoupaHttp.jsonList(this.http.get(this.token, "/suppliers?limit=1", JSON_TYPE).body()).get(0);
		assertThat(invoices("supplier[number]=" + supplier.get("number"))).isNotEmpty()
			.allSatisfy((i) -> assertThat(((Map<?, ?>) i.get("supplier")).get("number")).isEqualTo(supplier.get("number")));
		assertThat(invoices("supplier[id]=" + supplier.get("id"))).isNotEmpty();
		assertThat(invoices("currency[code]=GBP")).isNotEmpty()
			.allSatisfy((i) -> assertThat(((Map<?, ?>) i.get("currency")).get("code")).isEqualTo("GBP"));
		assertThat(invoices("invoice-lines[account][segment-1]=C200")).isNotEmpty();
		assertThat(invoices("invoice_lines[po_number][starts_with]=PO-")).isNotEmpty()
			.allSatisfy((i) -> assertThat((Integer) i.get("id") % 3).isZero());
	}

	@Test
	void pagingIsZeroBasedAndCappedAt50() {
		assertThat(ids("limit=500")).hasSize(50);
		assertThat(ids("limit=10&offset=0")).first().isEqualTo(1);
		assertThat(ids("limit=10&offset=10")).first().isEqualTo(11);
		assertThat(ids("offset=490")).hasSize(10);
		assertThat(ids("offset=500")).isEmpty();
	}

	@Test
	void orderByAndDir() {
		assertThat(ids("limit=3&order_by=id&dir=desc")).containsExactly(500, 499, 498);
		List<Map<String, Object>> byUpdated = invoices("order_by=updated_at&dir=desc&limit=20");
		List<String> updated = byUpdated.stream().map((i) -> (String) i.get("updated-at")).toList();
		assertThat(updated).isSortedAccordingTo((a, b) -> java.time.OffsetDateTime.parse(b).compareTo(java.time.OffsetDateTime.parse(a)));
	}

	@Test
	void fieldsAndReturnObject() {
		Map<String, Object> trimmed = invoices("id=3&fields=[\"id\",\"invoice_number\",{\"invoice_lines\":[\"id\",\"line_num\"]},{\"supplier\":{}}]").get(0);
		assertThat(trimmed.keySet()).containsExactly("id", "invoice-number", "invoice-lines", "supplier");
		assertThat((List<Map<String, Object>>) cast(trimmed.get("invoice-lines"))).allSatisfy((l) -> assertThat(l.keySet()).containsExactly("id", "line-num"));
		assertThat(CoupaQueryTests.<Map<String, Object>>cast(trimmed.get("supplier")).keySet()).contains("id", "name", "number");
		assertThat(invoices("id=3&return_object=limited").get(0)).isEqualTo(Map.of("id", 3));
		Map<String, Object> shallow = invoices("id=3&return_object=shallow").get(0);
		assertThat(CoupaQueryTests.<Map<String, Object>>cast(shallow.get("currency")).keySet()).containsExactly("id", "code");
		String none = check(this.http.send("PUT", this.token, "/invoices/3?return_object=none", JSON_TYPE, "{\"comments\":\"hi\"}"), 200).body();
		assertThat(none).isEmpty();
	}

	@Test
	void exportedLoopMarksExportedOnItsOwnAndIgnoresOtherChanges() {
		// given
		List<Map<String, Object>> toExport = invoices("exported=false&status[in]=approved,voided&fields=[\"id\",\"exported\"]");
		Object id = toExport.get(0).get("id");
		String before = (String) invoices("id=" + id).get(0).get("invoice-number");
		// when: other changes in the same request are ignored
		Map<String, Object> marked = CoupaHttp.jsonMap(check(this.http.send("PUT", this.token,
				"/invoices/" + id + "?exported=true&fields=[\"id\",\"exported\"]", JSON_TYPE,
				"{\"invoice-number\":\"CHANGED\"}"), 200).body());
		// then
		assertThat(marked).isEqualTo(Map.of("id", id, "exported", true));
		Map<String, Object> after = invoices("id=" + id).get(0);
		assertThat(after.get("invoice-number")).isEqualTo(before);
		assertThat(after.get("last-exported-at")).isNotNull();
		assertThat(ids("exported=false&status[in]=approved,voided")).doesNotContain(id);
		// the documented form has no body at all
		Object next = toExport.get(1).get("id");
		java.net.http.HttpResponse<String> bare = this.http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(this.http.base() + "/api/invoices/" + next + "?exported=true"))
			.header("Authorization", "Bearer " + this.token)
			.header("Accept", JSON_TYPE)
			.PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
		assertThat(bare.statusCode()).isEqualTo(200);
		assertThat(CoupaHttp.jsonMap(bare.body())).containsEntry("exported", true);
		// API changes do not reset the flag
		check(this.http.send("PUT", this.token, "/invoices/" + id, JSON_TYPE, "{\"comments\":\"later\"}"), 200);
		assertThat(invoices("id=" + id).get(0).get("exported")).isEqualTo(true);
	}

	@SuppressWarnings("unchecked")
	static <T> T cast(Object value) {
		return (T) value;
	}

}
