package com.mlconnector.connectors.coupa;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.mlconnector.sandbox.faults.RequestLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Token grant errors, scope errors and silent token renewal against the Coupa sandbox. */
class CoupaAuthIntegrationTests {

	@BeforeEach
	void setUp() {
		CoupaSandbox.reset();
	}

	@Test
	void wrongSecretNamesTheClient() {
		CoupaClient client = CoupaSandbox.clients().client(CoupaSandbox.details(CoupaSandbox.CLIENT, "not-the-secret"));
		assertThatThrownBy(() -> client.invoice(1)).isInstanceOfSatisfying(CoupaAuthenticationException.class,
				(ex) -> {
					assertThat(ex.reason()).isEqualTo(CoupaAuthenticationException.Reason.CLIENT_REJECTED);
					assertThat(ex.getMessage()).startsWith("Coupa rejected the client id or secret (invalid_client)")
						.contains("'mlc-demo-client'")
						.doesNotContain("not-the-secret");
				});
		// an authentication error is not retried
		assertThat(CoupaSandbox.tokenRequests()).hasSize(1);
		assertThat(CoupaSandbox.apiRequests()).isEmpty();
	}

	@Test
	void unknownClientIsRejectedTheSameWay() {
		CoupaClient client = CoupaSandbox.clients().client(CoupaSandbox.details("nobody", "whatever"));
		assertThatThrownBy(client::grantedScopes).isInstanceOfSatisfying(CoupaAuthenticationException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(CoupaAuthenticationException.Reason.CLIENT_REJECTED));
	}

	@Test
	void scopeNotGrantedToTheClientIsNamed() {
		CoupaClient client = CoupaSandbox.clients()
			.client(CoupaSandbox.details(CoupaSandbox.READONLY_CLIENT, CoupaSandbox.READONLY_SECRET,
					CoupaScopes.INVOICE_READ, CoupaScopes.SUPPLIER_WRITE));
		assertThatThrownBy(() -> client.invoice(1)).isInstanceOfSatisfying(CoupaAuthenticationException.class,
				(ex) -> {
					assertThat(ex.reason()).isEqualTo(CoupaAuthenticationException.Reason.SCOPE_NOT_GRANTED);
					assertThat(ex.scopes()).containsExactly("core.supplier.write");
					assertThat(ex.getMessage()).startsWith("scope core.supplier.write is not granted to this client");
				});
	}

	@Test
	void scopeMissingFromTheTokenIsNamedOnTheCall() {
		CoupaClient client = CoupaSandbox.clients().client(CoupaSandbox.demo(CoupaScopes.INVOICE_READ));
		assertThat(client.invoice(1).id()).isEqualTo(1);
		assertThatThrownBy(() -> client.supplier(1)).isInstanceOfSatisfying(CoupaAuthenticationException.class,
				(ex) -> {
					assertThat(ex.scopes()).containsExactly("core.supplier.read");
					assertThat(ex.getMessage()).startsWith("scope core.supplier.read is not granted to this client");
				});
	}

	@Test
	void tokenIsRenewedBeforeItExpires() throws Exception {
		// given: tokens live 3 s and the client renews 2 s early
		CoupaSandbox.knobs("{\"token-ttl-seconds\":3}");
		CoupaProperties p = CoupaSandbox.fastProperties();
		CoupaClients clients = new CoupaClients(new CoupaProperties(p.requestsPerSecond(), p.maxAttempts(),
				p.initialBackoff(), p.maxBackoff(), p.maxRetryAfter(), p.connectTimeout(), p.readTimeout(),
				Duration.ofSeconds(2), p.rateLimitWait(), p.circuitBreaker()), Clock.systemUTC());
		CoupaClient client = clients.client(CoupaSandbox.demo());
		// when
		client.invoice(1);
		client.invoice(2);
		Thread.sleep(1500);
		client.invoice(3);
		// then: one token for the first two calls, a new one once inside the skew, never a 401
		assertThat(CoupaSandbox.tokenRequests()).hasSize(2);
		assertThat(CoupaSandbox.apiRequests()).extracting(RequestLog.Entry::status).containsOnly(200);
	}

	@Test
	void expiredTokenIsRenewedWithoutTheCallerNoticing() throws Exception {
		// given: the client's clock runs 10 s behind, so it still trusts a token Coupa has expired
		CoupaSandbox.knobs("{\"token-ttl-seconds\":2}");
		Clock late = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-10));
		CoupaProperties p = CoupaSandbox.fastProperties();
		CoupaClients clients = new CoupaClients(new CoupaProperties(p.requestsPerSecond(), p.maxAttempts(),
				p.initialBackoff(), p.maxBackoff(), p.maxRetryAfter(), p.connectTimeout(), p.readTimeout(),
				Duration.ZERO, p.rateLimitWait(), p.circuitBreaker()), late);
		CoupaClient client = clients.client(CoupaSandbox.demo());
		client.invoice(1);
		Thread.sleep(2500);
		// when
		CoupaInvoice invoice = client.invoice(2);
		// then
		assertThat(invoice.id()).isEqualTo(2);
		List<Integer> statuses = CoupaSandbox.apiRequests().stream().map(RequestLog.Entry::status).toList();
		assertThat(statuses).containsExactly(200, 401, 200);
		assertThat(CoupaSandbox.tokenRequests()).hasSize(2);
	}

}
