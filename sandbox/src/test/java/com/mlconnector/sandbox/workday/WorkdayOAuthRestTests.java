package com.mlconnector.sandbox.workday;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mlconnector.sandbox.SandboxApplication;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The refresh-token grant and its errors, and bearer-protected REST resources, over real HTTP. */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkdayOAuthRestTests {

	static final String CLIENT = basic("mlc-wd-client", "mlc-wd-secret");

	@LocalServerPort
	int port;

	@Autowired
	WorkdayTenant tenant;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void setUp() {
		this.tenant.reset(42, 0);
	}

	@Test
	void refreshTokenGrantIssuesABearerToken() throws Exception {
		HttpResponse<String> response = token("mlc_demo", CLIENT, "grant_type=refresh_token&refresh_token=mlc-demo-refresh-token");

		assertThat(response.statusCode()).isEqualTo(200);
		Map<?, ?> body = this.json.readValue(response.body(), Map.class);
		assertThat(body.get("access_token")).isInstanceOf(String.class);
		assertThat(body.get("token_type")).isEqualTo("Bearer");
		assertThat(body.get("expires_in")).isEqualTo(3600);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void refreshTokenErrors() throws Exception {
		assertError(token("mlc_demo", CLIENT, "grant_type=refresh_token&refresh_token=stale"), 400, "invalid_grant");
		assertError(token("mlc_demo", basic("mlc-wd-client", "nope"), "grant_type=refresh_token&refresh_token=mlc-demo-refresh-token"),
				401, "invalid_client");
		assertError(token("mlc_demo", null, "grant_type=refresh_token&refresh_token=mlc-demo-refresh-token"), 401,
				"invalid_client");
		assertError(token("other_tenant", CLIENT, "grant_type=refresh_token&refresh_token=mlc-demo-refresh-token"), 401,
				"invalid_client");
		assertError(token("mlc_demo", CLIENT, "grant_type=client_credentials"), 400, "unsupported_grant_type");
		assertError(token("mlc_demo", CLIENT, "grant_type=refresh_token"), 400, "invalid_request");
	}

	@Test
	void restNeedsALiveBearerToken() throws Exception {
		String path = "/sandbox/workday/ccx/api/common/v1/mlc_demo/organizations";
		assertThat(get(path, null).statusCode()).isEqualTo(401);
		assertThat(get(path, "made-up").statusCode()).isEqualTo(401);
		String token = accessToken();

		HttpResponse<String> ok = get(path + "?limit=5&offset=10", token);

		assertThat(ok.statusCode()).isEqualTo(200);
		Map<?, ?> body = this.json.readValue(ok.body(), Map.class);
		assertThat(body.get("total")).isEqualTo(14);
		assertThat((java.util.List<?>) body.get("data")).hasSize(4);
		assertThat(get("/sandbox/workday/ccx/api/common/v1/other_tenant/organizations", token).statusCode()).isEqualTo(401);
		assertThat(get(path + "?limit=101", token).statusCode()).isEqualTo(400);
	}

	@Test
	void expiredTokenIsRefused() throws Exception {
		String token = accessToken();
		HttpRequest expire = HttpRequest.newBuilder(URI.create(url("/sandbox/workday/_admin/tokens/expire")))
			.header("Authorization", basic("sandbox-admin", "sandbox-admin-secret"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		assertThat(this.http.send(expire, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);

		assertThat(get("/sandbox/workday/ccx/api/coreAccounting/v1/mlc_demo/currencies", token).statusCode()).isEqualTo(401);
	}

	@Test
	void supplierInvoiceRequestCreateReadSubmit() throws Exception {
		String token = accessToken();
		String base = "/sandbox/workday/ccx/api/accountsPayable/v1/mlc_demo/supplierInvoiceRequests";
		String create = "{\"company\":{\"id\":\"Company_Reference_ID=C100\"},\"supplier\":{\"id\":\"Supplier_ID=S-00001\"},"
				+ "\"invoiceDate\":\"2026-02-01\",\"suppliersInvoiceNumber\":\"R-1\",\"controlTotalAmount\":\"75.00\","
				+ "\"lines\":[{\"itemDescription\":\"Paper\",\"spendCategory\":{\"id\":\"Spend_Category_ID=SC_OFFICE_SUPPLIES\"},"
				+ "\"extendedAmount\":75.00}]}";

		HttpResponse<String> created = send("POST", base, token, create);

		assertThat(created.statusCode()).isEqualTo(201);
		String id = (String) this.json.readValue(created.body(), Map.class).get("id");
		assertThat(id).matches("[0-9a-f]{32}");
		assertThat(get(base + "/" + id + "/lines", token).body()).contains("\"Paper\"");
		assertThat(get(base + "?fromInvoiceDate=01/01/2026&toInvoiceDate=02/28/2026", token).body()).contains("\"total\":1");
		assertThat(send("POST", base + "/" + id + "/submit", token, "{\"id\":\"" + id + "\"}").statusCode()).isEqualTo(201);
		HttpResponse<String> again = send("POST", base + "/" + id + "/submit", token, "{\"id\":\"" + id + "\"}");
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("not in submittable status");
		assertThat(send("POST", base, token, "{}").body()).contains("\"errors\"");
	}

	private void assertError(HttpResponse<String> response, int status, String error) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(this.json.readValue(response.body(), Map.class).get("error")).isEqualTo(error);
	}

	private String accessToken() throws Exception {
		HttpResponse<String> response = token("mlc_demo", CLIENT,
				"grant_type=refresh_token&refresh_token=mlc-demo-refresh-token");
		return (String) this.json.readValue(response.body(), Map.class).get("access_token");
	}

	private HttpResponse<String> token(String tenant, String authorization, String form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/sandbox/workday/ccx/oauth2/" + tenant + "/token")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		return send("GET", path, token, null);
	}

	private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
