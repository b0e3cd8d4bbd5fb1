package com.mlconnector.sandbox.coupa;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mlconnector.sandbox.coupa.CoupaHttp.JSON_TYPE;
import static com.mlconnector.sandbox.coupa.CoupaHttp.XML_TYPE;
import static com.mlconnector.sandbox.coupa.CoupaHttp.check;
import static org.assertj.core.api.Assertions.assertThat;

/** OAuth2 client credentials and the per-resource scope check, over real HTTP. */
@CoupaSandboxTest
class CoupaAuthTests {

	@LocalServerPort
	int port;

	CoupaHttp http;

	@BeforeEach
	void setUp() {
		this.http = new CoupaHttp(this.port);
		this.http.reset(100);
	}

	@Test
	void tokenFromFormBodyHasCoupaShape() {
		// when
		HttpResponse<String> response = check(this.http.token("mlc-demo-client", "mlc-demo-secret",
				"core.invoice.read core.supplier.read"), 200);
		// then
		Map<String, Object> body = CoupaHttp.jsonMap(response.body());
		assertThat(body).containsEntry("token_type", "bearer").containsEntry("expires_in", 86399)
			.containsEntry("scope", "core.invoice.read core.supplier.read");
		assertThat((String) body.get("access_token")).isNotBlank();
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void tokenWithHttpBasicClientAuthentication() {
		// given
		String basic = Base64.getEncoder().encodeToString("mlc-demo-client:mlc-demo-secret".getBytes());
		// when
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.http.base() + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=core.invoice.read")));
		// then
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("access_token");
	}

	@Test
	void wrongSecretIsInvalidClient401() {
		HttpResponse<String> response = this.http.token("mlc-demo-client", "wrong", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(CoupaHttp.jsonMap(response.body())).containsEntry("error", "invalid_client").containsKey("error_description");
	}

	@Test
	void scopeNotGrantedIsInvalidScope400() {
		HttpResponse<String> response = this.http.token("mlc-readonly-client", "mlc-readonly-secret", "core.invoice.write");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(CoupaHttp.jsonMap(response.body())).containsEntry("error", "invalid_scope");
	}

	@Test
	void missingUnknownAndExpiredTokensAre401() throws InterruptedException {
		// given
		check(this.http.admin("PUT", "/knobs", "{\"token-ttl-seconds\":0}"), 200);
		String expired = this.http.demoToken();
		Thread.sleep(20);
		// when / then
		for (String token : new String[] { null, "not-a-token", expired }) {
			HttpResponse<String> response = this.http.get(token, "/invoices", JSON_TYPE);
			assertThat(response.statusCode()).as(String.valueOf(token)).isEqualTo(401);
			assertThat(CoupaHttp.jsonMap(response.body())).containsEntry("statusCode", 401)
				.containsEntry("message", "Unauthorized. Access token is missing or invalid.");
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					(v) -> assertThat(v).startsWith("Bearer error=\"invalid_token\""));
		}
		HttpResponse<String> xml = this.http.get(null, "/invoices", XML_TYPE);
		assertThat(xml.body()).contains("<errors>", "<error>Unauthorized. Access token is missing or invalid.</error>");
	}

	@Test
	void missingScopeIs403PerResource() {
		// given
		String invoiceReader = this.http.accessToken("mlc-demo-client", "mlc-demo-secret", "core.invoice.read");
		String readOnly = this.http.accessToken("mlc-readonly-client", "mlc-readonly-secret", null);
		// then
		assertThat(this.http.get(invoiceReader, "/invoices", JSON_TYPE).statusCode()).isEqualTo(200);
		for (String path : new String[] { "/suppliers", "/purchase_orders", "/accounts" }) {
			HttpResponse<String> response = this.http.get(invoiceReader, path, JSON_TYPE);
			assertThat(response.statusCode()).as(path).isEqualTo(403);
			assertThat(CoupaHttp.jsonMap(response.body())).containsEntry("statusCode", 403);
		}
		assertThat(this.http.get(readOnly, "/accounts", JSON_TYPE).statusCode()).isEqualTo(200);
		HttpResponse<String> write = this.http.send("PUT", readOnly, "/invoices/1", JSON_TYPE, "{\"comments\":\"x\"}");
		assertThat(write.statusCode()).isEqualTo(403);
		assertThat(write.body()).contains("core.invoice.write");
	}

}
