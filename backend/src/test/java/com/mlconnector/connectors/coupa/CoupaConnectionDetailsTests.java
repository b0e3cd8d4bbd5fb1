package com.mlconnector.connectors.coupa;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoupaConnectionDetailsTests {

	@Test
	void toStringLeavesTheSecretOut() {
		CoupaConnectionDetails details = new CoupaConnectionDetails(UUID.randomUUID(), UUID.randomUUID(),
				"https://acme.example.com/", "client", "s3cret-value", Set.of("core.invoice.read"));
		assertThat(details.toString()).doesNotContain("s3cret-value").contains("client");
		assertThat(details.baseUrl()).isEqualTo("https://acme.example.com");
	}

	@Test
	void parsesScopeSettings() {
		assertThat(CoupaConnectionDetails.parseScopes(" core.invoice.read  core.supplier.read,core.invoice.write "))
			.containsExactly("core.invoice.read", "core.supplier.read", "core.invoice.write");
		assertThat(CoupaConnectionDetails.parseScopes(null)).isEmpty();
	}

	@Test
	void refusesMissingCredentials() {
		assertThatThrownBy(() -> new CoupaConnectionDetails(null, UUID.randomUUID(), "https://x.example.com", "c", "",
				Set.of()))
			.hasMessage("The Coupa connection needs a client id and a client secret");
	}

	@Test
	void queryValuesAreFullyEncoded() {
		CoupaHttp http = new CoupaHttp("https://acme.example.com", null, null, () -> {
		}, null, Clock.systemUTC());
		String uri = http.uri("/api/invoices", Map.of("updated-at[gt]", "2025-01-01T00:00:00+01:00")).toString();
		assertThat(uri).isEqualTo("https://acme.example.com/api/invoices?updated-at%5Bgt%5D=2025-01-01T00%3A00%3A00%2B01%3A00");
		CoupaQuery query = CoupaQuery.all().fields("id", "exported");
		assertThat(http.uri("/api/invoices", Map.of("fields", query.fieldsJson())).getRawQuery())
			.isEqualTo("fields=%5B%22id%22%2C%22exported%22%5D");
	}

}
