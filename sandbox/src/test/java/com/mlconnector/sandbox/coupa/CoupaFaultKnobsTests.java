package com.mlconnector.sandbox.coupa;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mlconnector.sandbox.coupa.CoupaHttp.JSON_TYPE;
import static com.mlconnector.sandbox.coupa.CoupaHttp.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generic fault knobs (faults package) as seen on Coupa paths through the Coupa admin API. */
@CoupaSandboxTest
class CoupaFaultKnobsTests {

	@LocalServerPort
	int port;

	CoupaHttp http;

	String token;

	@BeforeEach
	void setUp() {
		this.http = new CoupaHttp(this.port);
		this.http.reset(100);
		this.token = this.http.demoToken();
	}

	@AfterEach
	void tearDown() {
		this.http.admin("DELETE", "/faults", null);
	}

	@Test
	void latency() {
		check(this.http.admin("PUT", "/faults", "{\"latencyMs\":300}"), 200);
		long start = System.nanoTime();
		check(this.http.get(this.token, "/invoices/1", JSON_TYPE), 200);
		assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
		assertThat(CoupaHttp.jsonMap(check(this.http.admin("GET", "/faults", null), 200).body())).containsEntry("latencyMs", 300);
	}

	@Test
	void serverErrors() {
		check(this.http.admin("PUT", "/faults", "{\"rate5xx\":1.0}"), 200);
		assertThat(this.http.get(this.token, "/invoices/1", JSON_TYPE).statusCode()).isGreaterThanOrEqualTo(500);
	}

	@Test
	void connectionReset() {
		check(this.http.admin("PUT", "/faults", "{\"connectionResetRate\":1.0}"), 200);
		assertThatThrownBy(() -> this.http.get(this.token, "/invoices/1", JSON_TYPE)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void lateResponseStillAppliesTheChange() {
		// given
		check(this.http.admin("PUT", "/faults", "{\"lateResponseMs\":400}"), 200);
		long start = System.nanoTime();
		// when
		check(this.http.send("PUT", this.token, "/invoices/1", JSON_TYPE, "{\"comments\":\"late but applied\"}"), 200);
		// then
		assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
		check(this.http.admin("DELETE", "/faults", null), 200);
		assertThat(CoupaHttp.jsonMap(this.http.get(this.token, "/invoices/1", JSON_TYPE).body()))
			.containsEntry("comments", "late but applied");
	}

	@Test
	void requestLogRecordsCoupaCallsWithClientId() {
		// given
		check(this.http.admin("DELETE", "/requests", null), 200);
		// when
		this.http.get(this.token, "/suppliers?limit=1", JSON_TYPE);
		// then
		List<Map<String, Object>> entries = CoupaHttp.jsonList(check(this.http.admin("GET", "/requests", null), 200).body());
		assertThat(entries).anySatisfy((e) -> {
			assertThat(e).containsEntry("system", "coupa").containsEntry("method", "GET").containsEntry("status", 200)
				.containsEntry("clientId", "mlc-demo-client");
			assertThat((String) e.get("path")).endsWith("/api/suppliers");
		});
	}

	@Test
	void adminNeedsBasicCredentials() {
		HttpResponse<String> response = this.http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(this.http.base() + "/_admin/info")).GET());
		assertThat(response.statusCode()).isEqualTo(401);
	}

}
