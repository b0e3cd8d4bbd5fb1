package com.mlconnector.sandbox.coupa;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mlconnector.sandbox.coupa.CoupaHttp.JSON_TYPE;
import static com.mlconnector.sandbox.coupa.CoupaHttp.check;
import static org.assertj.core.api.Assertions.assertThat;

/** The instance rate limiter (25/s, burst 20) and the generic 429 fault knob, over real HTTP. */
@CoupaSandboxTest
class CoupaRateLimitTests {

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

	@Test
	void burstOf20ThenTooManyRequestsWithRetryAfter() throws InterruptedException {
		// given: a slow refill so the test does not race the clock
		check(this.http.admin("PUT", "/knobs", "{\"rate-limit\":{\"enabled\":true,\"per-second\":1,\"burst\":20,\"retry-after\":true}}"), 200);
		// when
		int ok = 0;
		HttpResponse<String> limited = null;
		for (int i = 0; i < 25 && limited == null; i++) {
			HttpResponse<String> response = this.http.get(this.token, "/invoices?limit=1", JSON_TYPE);
			if (response.statusCode() == 429) {
				limited = response;
			}
			else {
				ok++;
			}
		}
		// then
		assertThat(ok).isEqualTo(20);
		assertThat(limited).isNotNull();
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(CoupaHttp.jsonMap(limited.body())).containsEntry("statusCode", 429);
		Thread.sleep(1100);
		assertThat(this.http.get(this.token, "/invoices?limit=1", JSON_TYPE).statusCode()).isEqualTo(200);
	}

	@Test
	void tooManyRequestsWithoutRetryAfterByKnob() {
		// given
		check(this.http.admin("PUT", "/knobs", "{\"rate-limit\":{\"enabled\":true,\"per-second\":1,\"burst\":1,\"retry-after\":false}}"), 200);
		// when
		this.http.get(this.token, "/invoices?limit=1", JSON_TYPE);
		HttpResponse<String> limited = this.http.get(this.token, "/invoices?limit=1", JSON_TYPE);
		// then
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isEmpty();
	}

	@Test
	void defaultLimitIs25PerSecondBurst20() {
		// given
		check(this.http.admin("DELETE", "/knobs", null), 200);
		// when
		String knobs = check(this.http.admin("GET", "/knobs", null), 200).body();
		// then
		assertThat(CoupaHttp.jsonMap(knobs).get("rate-limit").toString()).contains("per-second=25", "burst=20",
				"enabled=true");
	}

	@Test
	void genericFaultKnob429WithAndWithoutRetryAfter() {
		// given
		check(this.http.admin("PUT", "/faults", "{\"rate429\":1.0,\"retryAfter\":true,\"retryAfterSeconds\":7}"), 200);
		// when
		HttpResponse<String> with = this.http.get(this.token, "/invoices?limit=1", JSON_TYPE);
		check(this.http.admin("PUT", "/faults", "{\"retryAfter\":false}"), 200);
		HttpResponse<String> without = this.http.get(this.token, "/invoices?limit=1", JSON_TYPE);
		check(this.http.admin("DELETE", "/faults", null), 200);
		// then
		assertThat(with.statusCode()).isEqualTo(429);
		assertThat(with.headers().firstValue("Retry-After")).hasValue("7");
		assertThat(without.statusCode()).isEqualTo(429);
		assertThat(without.headers().firstValue("Retry-After")).isEmpty();
		assertThat(this.http.get(this.token, "/invoices?limit=1", JSON_TYPE).statusCode()).isEqualTo(200);
		assertThat(check(this.http.admin("GET", "/requests", null), 200).body()).contains("\"status\":429");
	}

}
