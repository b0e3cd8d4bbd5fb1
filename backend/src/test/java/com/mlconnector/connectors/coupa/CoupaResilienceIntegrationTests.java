package com.mlconnector.connectors.coupa;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mlconnector.sandbox.faults.FaultKnobs;
import com.mlconnector.sandbox.faults.RequestLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rate limit, retries and the circuit breaker against the Coupa sandbox's fault knobs. */
class CoupaResilienceIntegrationTests {

	private CoupaClients clients;

	private CoupaClient client;

	@BeforeEach
	void setUp() {
		CoupaSandbox.reset();
		this.clients = CoupaSandbox.clients();
		this.client = this.clients.client(CoupaSandbox.demo());
		// the fault knobs hit the token endpoint too: get the token first
		this.client.grantedScopes();
	}

	@AfterEach
	void tearDown() {
		CoupaSandbox.noFaults();
	}

	@Test
	void retryAfterOf3SecondsDelaysTheNextAttempt() throws Exception {
		// given
		CoupaSandbox.faults(new FaultKnobs(0, 0, 1.0, true, 3, 0, 0, 0));
		long start = System.nanoTime();
		// when
		CompletableFuture<CoupaInvoice> call = CompletableFuture.supplyAsync(() -> this.client.invoice(5));
		RequestLog.Entry rejected = awaitApiStatus(429);
		CoupaSandbox.noFaults();
		CoupaInvoice invoice = call.get();
		// then
		long elapsedMs = (System.nanoTime() - start) / 1_000_000;
		assertThat(invoice.id()).isEqualTo(5);
		assertThat(elapsedMs).isGreaterThanOrEqualTo(3000);
		List<RequestLog.Entry> api = CoupaSandbox.apiRequests();
		RequestLog.Entry next = api.get(api.indexOf(rejected) + 1);
		assertThat(next.status()).isEqualTo(200);
		assertThat(Duration.between(rejected.at(), next.at())).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void tooManyRequestsWithoutRetryAfterBacksOffWithJitterThenGivesUp() {
		// given
		CoupaSandbox.faults(new FaultKnobs(0, 0, 1.0, false, 0, 0, 0, 0));
		// when / then: 4 attempts, then a transient error saying why
		assertThatThrownBy(() -> this.client.invoice(5)).isInstanceOfSatisfying(CoupaTransientException.class,
				(ex) -> {
					assertThat(ex.status()).isEqualTo(429);
					assertThat(ex.retryAfter()).isEmpty();
					assertThat(ex.getMessage()).isEqualTo("Coupa is rate limiting this connection (HTTP 429)");
				});
		List<RequestLog.Entry> api = CoupaSandbox.apiRequests();
		assertThat(api).hasSize(4).allSatisfy((e) -> assertThat(e.status()).isEqualTo(429));
		// each wait is drawn below its ceiling (100, 200, 400 ms) plus request time
		for (int i = 1; i < api.size(); i++) {
			long gap = Duration.between(api.get(i - 1).at(), api.get(i).at()).toMillis();
			assertThat(gap).isLessThan((100L << (i - 1)) + 250);
		}
	}

	@Test
	void serverErrorsAreRetriedThenTransient() {
		CoupaSandbox.faults(new FaultKnobs(0, 0, 0, false, 0, 1.0, 0, 0));
		assertThatThrownBy(() -> this.client.invoice(5)).isInstanceOf(CoupaTransientException.class)
			.hasMessage("Coupa answered HTTP 503 (a server-side problem)");
		assertThat(CoupaSandbox.apiRequests()).hasSize(4);
	}

	@Test
	void connectionResetIsTransient() {
		CoupaSandbox.faults(new FaultKnobs(0, 0, 0, false, 0, 0, 1.0, 0));
		assertThatThrownBy(() -> this.client.invoice(5)).isInstanceOfSatisfying(CoupaTransientException.class,
				(ex) -> {
					assertThat(ex.status()).isZero();
					assertThat(ex.getMessage()).startsWith("Coupa did not answer (");
				});
		// 4 attempts; Java's HttpClient itself resends an idempotent GET once when the connection drops
		assertThat(CoupaSandbox.apiRequests()).hasSizeBetween(4, 8);
	}

	@Test
	void createThatTimesOutIsNotRepeated() throws InterruptedException {
		// given: Coupa applies the create but answers after the 2 s read timeout
		CoupaSandbox.faults(new FaultKnobs(0, 0, 0, false, 0, 0, 0, 3000));
		// when / then
		assertThatThrownBy(() -> this.client.createSupplier(new CoupaSupplierChange("Late Answer Ltd", null,
				"S-90010", null, null, null, null, null)))
			.isInstanceOfSatisfying(CoupaTransientException.class, (ex) -> {
				assertThat(ex.outcomeUnknown()).isTrue();
				assertThat(ex.getMessage()).contains("the request may have been applied, so it was not repeated");
			});
		// the sandbox logs the POST once its late answer is written
		Thread.sleep(1500);
		assertThat(CoupaSandbox.apiRequests()).filteredOn((e) -> "POST".equals(e.method())).hasSize(1);
	}

	@Test
	void breakerOpensOnOutagesButNotOnValidationErrors() {
		// given: a breaker judging 4 calls; validation errors do not count
		CoupaProperties p = CoupaSandbox.fastProperties();
		this.clients = new CoupaClients(new CoupaProperties(p.requestsPerSecond(), p.maxAttempts(),
				p.initialBackoff(), p.maxBackoff(), p.maxRetryAfter(), p.connectTimeout(), p.readTimeout(),
				p.tokenClockSkew(), p.rateLimitWait(), new CoupaProperties.CircuitBreaker(50, 4, 4,
						Duration.ofSeconds(30))), java.time.Clock.systemUTC());
		this.client = this.clients.client(CoupaSandbox.demo());
		for (int i = 0; i < 6; i++) {
			assertThatThrownBy(() -> this.client.createSupplier(new CoupaSupplierChange("", null, null, null, null,
					null, null, null)))
				.isInstanceOf(CoupaValidationException.class);
		}
		assertThat(this.client.invoice(1).id()).isEqualTo(1);
		// when: an outage fills the window with failures
		CoupaSandbox.faults(new FaultKnobs(0, 0, 0, false, 0, 1.0, 0, 0));
		// (the breaker may already open between this call's own attempts)
		assertThatThrownBy(() -> this.client.invoice(5)).isInstanceOfAny(CoupaTransientException.class,
				CoupaCircuitOpenException.class);
		int sent = CoupaSandbox.apiRequests().size();
		// then: the next call is not sent at all
		assertThatThrownBy(() -> this.client.invoice(5)).isInstanceOf(CoupaCircuitOpenException.class)
			.hasMessageContaining("paused for this tenant");
		assertThat(CoupaSandbox.apiRequests()).hasSize(sent);
		// and another tenant on the same instance is not affected
		CoupaSandbox.noFaults();
		assertThat(this.clients.client(CoupaSandbox.demo()).invoice(1).id()).isEqualTo(1);
	}

	@Test
	void burstOf200ReadsStaysUnderTheInstanceLimit() throws Exception {
		// given: two tenants on the same Coupa instance share its limiter
		CoupaClient other = this.clients.client(new CoupaConnectionDetails(UUID.randomUUID(), UUID.randomUUID(),
				CoupaSandbox.baseUrl(), CoupaSandbox.CLIENT, CoupaSandbox.SECRET, java.util.Set.of()));
		other.grantedScopes();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<CoupaInvoice>> calls = new ArrayList<>();
		// when
		for (int i = 1; i <= 200; i++) {
			CoupaClient c = (i % 2 == 0) ? this.client : other;
			long id = i;
			calls.add(pool.submit(() -> c.invoice(id)));
		}
		for (Future<CoupaInvoice> call : calls) {
			call.get();
		}
		pool.shutdown();
		// then: no 429 (the sandbox enforces Coupa's token bucket, 25/s with a burst of 20, itself), and
		// no one-second window holds more than that bucket allows (20 + 25). The log stamps requests when
		// they are answered, so on a loaded machine answers bunch: the bucket bound, not 25, is the limit.
		List<RequestLog.Entry> api = new ArrayList<>(CoupaSandbox.apiRequests());
		api.sort(java.util.Comparator.comparing(RequestLog.Entry::at));
		assertThat(api).hasSize(200).allSatisfy((e) -> assertThat(e.status()).isEqualTo(200));
		int max = 0;
		for (int i = 0; i < api.size(); i++) {
			Instant end = api.get(i).at().plusSeconds(1);
			int n = 0;
			for (int j = i; j < api.size() && api.get(j).at().isBefore(end); j++) {
				n++;
			}
			max = Math.max(max, n);
		}
		assertThat(max).isLessThanOrEqualTo(45);
	}

	private static RequestLog.Entry awaitApiStatus(int status) throws InterruptedException {
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (System.nanoTime() < deadline) {
			for (RequestLog.Entry e : CoupaSandbox.apiRequests()) {
				if (e.status() == status) {
					return e;
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no " + status + " in the sandbox request log");
	}

}
