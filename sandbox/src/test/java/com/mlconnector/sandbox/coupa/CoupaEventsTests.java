package com.mlconnector.sandbox.coupa;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mlconnector.sandbox.coupa.CoupaHttp.JSON_TYPE;
import static com.mlconnector.sandbox.coupa.CoupaHttp.check;
import static org.assertj.core.api.Assertions.assertThat;

/** Call-outs (OAuth2 client credentials, JSON or XML) and signed webhooks, with retries, over real HTTP. */
@CoupaSandboxTest
class CoupaEventsTests {

	@LocalServerPort
	int port;

	CoupaHttp http;

	CoupaEventReceiver receiver;

	@BeforeEach
	void setUp() throws Exception {
		this.http = new CoupaHttp(this.port);
		this.http.reset(100);
		this.receiver = new CoupaEventReceiver();
	}

	@AfterEach
	void tearDown() {
		this.receiver.close();
	}

	@Test
	void callOutGetsTokenWithBasicThenPostsJsonInvoiceOnApproval() {
		// given: invoice 2 is pending_approval
		addTarget("{\"type\":\"call-out\",\"url\":\"" + this.receiver.url("/sink") + "\",\"format\":\"json\","
				+ "\"events\":[\"invoice.status\"],\"statuses\":[\"approved\"],\"tokenUrl\":\""
				+ this.receiver.url("/token") + "\",\"clientId\":\"coupa-out\",\"clientSecret\":\"s3cret\"}");
		// when
		check(this.http.admin("POST", "/invoices/2/approve", null), 200);
		// then
		await(() -> !this.receiver.at("/sink").isEmpty());
		CoupaEventReceiver.Received token = this.receiver.at("/token").get(0);
		assertThat(token.header("Authorization"))
			.isEqualTo("Basic " + Base64.getEncoder().encodeToString("coupa-out:s3cret".getBytes()));
		assertThat(token.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
		assertThat(token.body()).contains("grant_type=client_credentials");
		CoupaEventReceiver.Received callOut = this.receiver.at("/sink").get(0);
		assertThat(callOut.header("Authorization")).isEqualTo("Bearer " + CoupaEventReceiver.TOKEN);
		Map<String, Object> invoice = CoupaHttp.jsonMap(callOut.body());
		assertThat(invoice).containsEntry("id", 2).containsEntry("status", "approved").containsKey("invoice-lines");
		await(() -> deliveries().get(0).get("state").equals("delivered"));
	}

	@Test
	void callOutAsXmlOnPayment() {
		// given
		addTarget("{\"type\":\"call-out\",\"url\":\"" + this.receiver.url("/sink") + "\",\"format\":\"xml\","
				+ "\"events\":[\"invoice.payment\"],\"tokenUrl\":\"" + this.receiver.url("/token")
				+ "\",\"clientId\":\"c\",\"clientSecret\":\"s\"}");
		// when
		check(this.http.admin("POST", "/invoices/3/payments", "{\"amount-paid\":\"10.00\",\"check-number\":\"CHK-1\"}"), 200);
		// then
		await(() -> !this.receiver.at("/sink").isEmpty());
		CoupaEventReceiver.Received callOut = this.receiver.at("/sink").get(0);
		assertThat(callOut.header("Content-Type")).startsWith("application/xml");
		assertThat(callOut.body()).startsWith("<?xml").contains("<invoice-header>", "<check-number>CHK-1</check-number>",
				"<amount-paid type=\"decimal\">10.00</amount-paid>");
	}

	@Test
	void webhookOnSupplierChangeIsSignedPerStandardWebhooks() throws Exception {
		// given
		String secret = "whsec_" + Base64.getEncoder().encodeToString("0123456789abcdef0123".getBytes());
		addTarget("{\"type\":\"webhook\",\"url\":\"" + this.receiver.url("/sink") + "\",\"events\":[\"supplier\"],\"secret\":\""
				+ secret + "\"}");
		String token = this.http.demoToken();
		// when: a supplier change through the API
		check(this.http.send("PUT", token, "/suppliers/1", JSON_TYPE, "{\"display-name\":\"Renamed\"}"), 200);
		// then
		await(() -> !this.receiver.at("/sink").isEmpty());
		CoupaEventReceiver.Received hook = this.receiver.at("/sink").get(0);
		String id = hook.header("webhook-id");
		String timestamp = hook.header("webhook-timestamp");
		assertThat(id).startsWith("msg_");
		assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp))).isLessThan(60);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		String expected = "v1," + Base64.getEncoder().encodeToString(
				mac.doFinal((id + "." + timestamp + "." + hook.body()).getBytes(StandardCharsets.UTF_8)));
		assertThat(hook.header("webhook-signature")).isEqualTo(expected);
		Map<String, Object> envelope = CoupaHttp.jsonMap(hook.body());
		assertThat(envelope).containsEntry("type", "supplier.changed");
		assertThat(((Map<?, ?>) envelope.get("data")).get("display-name")).isEqualTo("Renamed");
	}

	@Test
	void failedDeliveriesAreRetriedWithBackoffAndRecorded() {
		// given: the receiver fails twice, then accepts
		this.receiver.failuresLeft.set(2);
		addTarget("{\"type\":\"webhook\",\"url\":\"" + this.receiver.url("/flaky") + "\"}");
		// when
		check(this.http.admin("POST", "/invoices/2/approve", null), 200);
		// then
		await(() -> "delivered".equals(deliveries().get(0).get("state")));
		List<?> attempts = (List<?>) deliveries().get(0).get("attempts");
		assertThat(attempts).hasSize(3);
		assertThat(attempts.get(0).toString()).contains("status=500");
		assertThat(this.receiver.at("/flaky")).hasSize(3);
		assertThat(this.receiver.at("/flaky").get(0).header("webhook-id"))
			.isEqualTo(this.receiver.at("/flaky").get(2).header("webhook-id"));
	}

	@Test
	void deliveryGivesUpAfterMaxAttempts() {
		// given: nothing listens at this port
		this.receiver.failuresLeft.set(100);
		addTarget("{\"type\":\"webhook\",\"url\":\"" + this.receiver.url("/flaky") + "\"}");
		// when
		check(this.http.admin("POST", "/invoices/1/void", null), 200);
		// then: max-attempts=3 in tests
		await(() -> "failed".equals(deliveries().get(0).get("state")));
		assertThat((List<?>) deliveries().get(0).get("attempts")).hasSize(3);
	}

	private void addTarget(String json) {
		check(this.http.admin("POST", "/event-targets", json), 201);
	}

	private List<Map<String, Object>> deliveries() {
		return CoupaHttp.jsonList(check(this.http.admin("GET", "/deliveries", null), 200).body());
	}

	private static void await(BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("condition not met within 10 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
