package com.mlconnector.sandbox.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mlconnector.sandbox.SandboxApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each generic fault knob, over real HTTP, against a counting endpoint under the Workday prefix. */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FaultInjectionFilterTests.CountingEndpoint.class)
class FaultInjectionFilterTests {

	static final AtomicInteger applied = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	FaultInjector injector;

	@Autowired
	RequestLog log;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeEach
	@AfterEach
	void clean() {
		this.injector.reset("workday");
		this.log.clear("workday");
		applied.set(0);
	}

	@Test
	void noKnobsPassesThroughAndRecordsTheRequest() throws Exception {
		HttpResponse<String> response = get("/sandbox/workday/ccx/faults-test?x=1");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(applied).hasValue(1);
		List<RequestLog.Entry> entries = this.log.entries("workday");
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).path()).isEqualTo("/sandbox/workday/ccx/faults-test");
		assertThat(entries.get(0).query()).isEqualTo("x=1");
		assertThat(entries.get(0).status()).isEqualTo(200);
		assertThat(entries.get(0).method()).isEqualTo("GET");
	}

	@Test
	void latencyDelaysTheAnswer() throws Exception {
		// given
		this.injector.set("workday", new FaultKnobs(300, 100, 0, false, 0, 0, 0, 0));
		// when
		long start = System.nanoTime();
		HttpResponse<String> response = get("/sandbox/workday/ccx/faults-test");
		long tookMs = (System.nanoTime() - start) / 1_000_000;
		// then
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(tookMs).isGreaterThanOrEqualTo(300);
		assertThat(this.log.entries("workday").get(0).durationMs()).isBetween(300L, 2000L);
	}

	@Test
	void rate429WithRetryAfter() throws Exception {
		this.injector.set("workday", new FaultKnobs(0, 0, 1.0, true, 7, 0, 0, 0));

		HttpResponse<String> response = get("/sandbox/workday/ccx/faults-test");

		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
		assertThat(applied).hasValue(0);
		assertThat(this.log.entries("workday").get(0).status()).isEqualTo(429);
	}

	@Test
	void rate429WithoutRetryAfter() throws Exception {
		this.injector.set("workday", new FaultKnobs(0, 0, 1.0, false, 7, 0, 0, 0));

		HttpResponse<String> response = get("/sandbox/workday/ccx/faults-test");

		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).isEmpty();
	}

	@Test
	void rate5xx() throws Exception {
		this.injector.set("workday", new FaultKnobs(0, 0, 0, false, 0, 1.0, 0, 0));

		HttpResponse<String> response = get("/sandbox/workday/ccx/faults-test");

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(applied).hasValue(0);
	}

	@Test
	void partialRateFaultsSomeRequestsOnly() throws Exception {
		this.injector.set("workday", new FaultKnobs(0, 0, 0, false, 0, 0.5, 0, 0));

		int faulted = 0;
		for (int i = 0; i < 40; i++) {
			if (get("/sandbox/workday/ccx/faults-test").statusCode() == 503) {
				faulted++;
			}
		}

		// 40 draws at p = 0.5: all-or-nothing has probability 2^-39
		assertThat(faulted).isBetween(1, 39);
		assertThat(applied).hasValue(40 - faulted);
	}

	@Test
	void connectionResetGivesAnIoErrorNotAStatus() {
		this.injector.set("workday", new FaultKnobs(0, 0, 0, false, 0, 0, 1.0, 0));

		assertThatThrownBy(() -> get("/sandbox/workday/ccx/faults-test")).isInstanceOf(IOException.class)
			.isNotInstanceOf(HttpTimeoutException.class);
		assertThat(applied).hasValue(0);
		assertThat(this.log.entries("workday").get(0).status()).isEqualTo(RequestLog.STATUS_CONNECTION_RESET);
	}

	@Test
	void lateResponseAppliesTheRequestAfterTheClientGaveUp() throws Exception {
		// given a client that waits 300 ms and an answer held back 1500 ms
		this.injector.set("workday", new FaultKnobs(0, 0, 0, false, 0, 0, 0, 1500));
		HttpRequest request = HttpRequest.newBuilder(uri("/sandbox/workday/ccx/faults-test"))
			.timeout(Duration.ofMillis(300))
			.build();
		// when
		assertThatThrownBy(() -> this.http.send(request, HttpResponse.BodyHandlers.ofString()))
			.isInstanceOf(HttpTimeoutException.class);
		// then the request was applied all the same (allow a slow server a moment to get to it)
		long deadline = System.currentTimeMillis() + 3000;
		while (applied.get() < 1 && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		assertThat(applied).hasValue(1);
		// and a patient client gets the full answer
		HttpResponse<String> patient = get("/sandbox/workday/ccx/faults-test");
		assertThat(patient.statusCode()).isEqualTo(200);
		assertThat(patient.body()).isEqualTo("applied 2");
	}

	@Test
	void adminAndOtherPathsAreNotFaulted() throws Exception {
		this.injector.set("workday", new FaultKnobs(0, 0, 0, false, 0, 1.0, 0, 0));

		HttpResponse<String> response = get("/sandbox/workday/faults-test-outside");

		assertThat(response.statusCode()).isNotEqualTo(503);
		assertThat(this.log.entries("workday")).isEmpty();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** Not a component, so other tests' contexts do not scan it; imported above. */
	static class CountingEndpoint {

		@Bean
		ServletRegistrationBean<HttpServlet> faultsTestServlet() {
			HttpServlet servlet = new HttpServlet() {
				@Override
				protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
					resp.setContentType("text/plain");
					resp.getWriter().write("applied " + applied.incrementAndGet());
				}
			};
			return new ServletRegistrationBean<>(servlet, "/sandbox/workday/ccx/faults-test",
					"/sandbox/workday/faults-test-outside");
		}

	}

}
