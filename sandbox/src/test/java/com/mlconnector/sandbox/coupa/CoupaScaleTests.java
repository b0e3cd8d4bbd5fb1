package com.mlconnector.sandbox.coupa;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mlconnector.sandbox.coupa.CoupaHttp.JSON_TYPE;
import static com.mlconnector.sandbox.coupa.CoupaHttp.check;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 invoices paged through over HTTP, 50 at a time, in the default surefire heap: invoices are
 * derived from (seed, id), so none of them is held in memory.
 */
@CoupaSandboxTest
class CoupaScaleTests {

	static final int INVOICES = 100_000;

	@LocalServerPort
	int port;

	@AfterEach
	void tearDown() {
		new CoupaHttp(this.port).reset(1000);
	}

	@Test
	void pagesThroughOneHundredThousandInvoices() {
		// given
		CoupaHttp http = new CoupaHttp(this.port);
		http.reset(INVOICES);
		String token = http.demoToken();
		// when
		long seen = 0;
		long expectedId = 1;
		long toExport = 0;
		for (int offset = 0;; offset += 50) {
			List<Map<String, Object>> page = CoupaHttp.jsonList(check(http.get(token,
					"/invoices?offset=" + offset + "&limit=50&fields=[\"id\",\"status\",\"exported\",\"gross-total\",{\"supplier\":[\"number\"]}]",
					JSON_TYPE), 200).body());
			for (Map<String, Object> invoice : page) {
				assertThat(((Number) invoice.get("id")).longValue()).isEqualTo(expectedId++);
				if (Boolean.FALSE.equals(invoice.get("exported")) && List.of("approved", "voided").contains(invoice.get("status"))) {
					toExport++;
				}
			}
			seen += page.size();
			if (page.size() < 50) {
				break;
			}
		}
		// then
		assertThat(seen).isEqualTo(INVOICES);
		// and the documented integration query pages through all its matches too (NOTES §1.6)
		long matched = 0;
		long lastId = 0;
		for (int offset = 0;; offset += 50) {
			List<Map<String, Object>> page = CoupaHttp.jsonList(check(http.get(token,
					"/invoices?exported=false&status[in]=approved,voided&offset=" + offset + "&fields=[\"id\"]", JSON_TYPE), 200).body());
			for (Map<String, Object> invoice : page) {
				long id = ((Number) invoice.get("id")).longValue();
				assertThat(id).isGreaterThan(lastId);
				lastId = id;
			}
			matched += page.size();
			if (page.size() < 50) {
				break;
			}
		}
		assertThat(matched).isEqualTo(toExport).isGreaterThan(INVOICES / 3);
		Map<String, Object> info = CoupaHttp.jsonMap(check(http.admin("GET", "/info", null), 200).body());
		assertThat(info).containsEntry("invoices", INVOICES).containsEntry("invoices-in-memory", 0);
		// and the last full invoice is as deterministic as the first
		String last = check(http.get(token, "/invoices/" + INVOICES, JSON_TYPE), 200).body();
		assertThat(check(http.get(token, "/invoices/" + INVOICES, JSON_TYPE), 200).body()).isEqualTo(last);
		System.out.printf("paged %d invoices; heap used %d MB of max %d MB%n", seen,
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
	}

}
