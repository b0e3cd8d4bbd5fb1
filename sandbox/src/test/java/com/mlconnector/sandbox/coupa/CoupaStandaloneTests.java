package com.mlconnector.sandbox.coupa;

import com.mlconnector.sandbox.SandboxApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mlconnector.sandbox.coupa.CoupaHttp.JSON_TYPE;
import static com.mlconnector.sandbox.coupa.CoupaHttp.check;
import static org.assertj.core.api.Assertions.assertThat;

/** Stand-alone layout: empty prefix, so the API is at {@code /api/...} as on a real Coupa host. */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sandbox.coupa.path-prefix=", "sandbox.workday.path-prefix=" })
class CoupaStandaloneTests {

	@LocalServerPort
	int port;

	@Test
	void servesTokenApiAndAdminWithoutPrefix() {
		// given
		CoupaHttp http = new CoupaHttp(this.port, "");
		// when
		String token = http.demoToken();
		// then
		assertThat(CoupaHttp.jsonList(check(http.get(token, "/invoices?limit=2", JSON_TYPE), 200).body())).hasSize(2);
		assertThat(check(http.admin("GET", "/info", null), 200).body()).contains("\"seed\":42");
		assertThat(http.get(null, "/suppliers", JSON_TYPE).statusCode()).isEqualTo(401);
	}

}
