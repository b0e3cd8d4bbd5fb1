package com.mlconnector.sandbox.coupa;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mlconnector.sandbox.coupa.CoupaHttp.JSON_TYPE;
import static com.mlconnector.sandbox.coupa.CoupaHttp.XML_TYPE;
import static com.mlconnector.sandbox.coupa.CoupaHttp.check;
import static org.assertj.core.api.Assertions.assertThat;

@CoupaSandboxTest
class CoupaApiTests {

	@LocalServerPort
	int port;

	CoupaHttp http;

	String token;

	@BeforeEach
	void setUp() {
		this.http = new CoupaHttp(this.port);
		this.http.reset(1000);
		this.token = this.http.demoToken();
	}

	@Test
	void seededInstanceHasEveryStatusCurrenciesPaymentsAndPoBackedInvoices() {
		// when
		List<Map<String, Object>> first = CoupaHttp.jsonList(check(this.http.get(this.token, "/invoices", JSON_TYPE), 200).body());
		// then: 50 per page, hyphenated keys, decimals as strings, ids as numbers
		assertThat(first).hasSize(50);
		Map<String, Object> invoice = first.get(0);
		assertThat(invoice.get("id")).isEqualTo(1);
		assertThat(invoice).containsKeys("invoice-number", "invoice-date", "gross-total", "invoice-lines", "supplier",
				"currency", "payments", "exported");
		assertThat(invoice.get("gross-total")).isInstanceOf(String.class);
		for (String status : List.of("draft", "pending_approval", "approved", "voided", "disputed")) {
			assertThat(CoupaHttp.jsonList(this.http.get(this.token, "/invoices?status=" + status, JSON_TYPE).body()))
				.as(status).isNotEmpty();
		}
		assertThat(CoupaHttp.jsonList(this.http.get(this.token, "/invoices?currency[code]=EUR", JSON_TYPE).body())).isNotEmpty();
		assertThat(CoupaHttp.jsonList(this.http.get(this.token, "/invoices?paid=true", JSON_TYPE).body()))
			.allSatisfy((i) -> assertThat((List<?>) i.get("payments")).isNotEmpty());
		assertThat(CoupaHttp.jsonList(this.http.get(this.token, "/invoices?invoice-lines[po-number][blank]=false", JSON_TYPE).body())).isNotEmpty();
		assertThat(CoupaHttp.jsonList(this.http.get(this.token, "/suppliers?limit=50&offset=0", JSON_TYPE).body())).hasSize(50);
	}

	@Test
	void xmlHasRootTypesAndNil() {
		// when
		HttpResponse<String> response = check(this.http.get(this.token, "/invoices/3", XML_TYPE), 200);
		// then
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> assertThat(t).startsWith(XML_TYPE));
		assertThat(response.body()).startsWith("<?xml").contains("<invoice-header>", "<id type=\"integer\">3</id>",
				"<gross-total type=\"decimal\">", "<invoice-lines type=\"array\">", "<invoice-line>",
				"<created-at type=\"datetime\">", "nil=\"true\"");
	}

	@Test
	void createJsonInvoiceAsRossumDoesThenSubmitAndAct() {
		// given: Rossum's export shape (NOTES §6): draft, supplier by number, InvoiceQuantityLine lines
		String body = """
				{"invoice-number":"R-1001","invoice-date":"2025-06-01","status":"draft",
				 "supplier":{"number":"S-00001"},"currency":{"code":"USD"},
				 "invoice-lines":[{"type":"InvoiceQuantityLine","line-num":1,"description":"Consulting day",
				   "quantity":"2","price":"650.00","account":{"code":"C100-6300-CC1010"}}]}""";
		// when
		Map<String, Object> created = CoupaHttp.jsonMap(check(this.http.send("POST", this.token, "/invoices", JSON_TYPE, body), 201).body());
		// then
		assertThat(created).containsEntry("status", "draft").containsEntry("gross-total", "1300.00")
			.containsEntry("invoice-date", "2025-06-01T00:00:00+00:00");
		assertThat(((Map<?, ?>) created.get("supplier")).get("number")).isEqualTo("S-00001");
		Object id = created.get("id");
		assertThat(this.http.send("POST", this.token, "/invoices", JSON_TYPE, body).statusCode()).isEqualTo(400);
		assertThat(CoupaHttp.jsonMap(check(this.http.send("PUT", this.token, "/invoices/" + id + "/submit", JSON_TYPE, null), 200).body()))
			.containsEntry("status", "pending_approval");
		HttpResponse<String> invalid = this.http.send("PUT", this.token, "/invoices/" + id + "/abandon", JSON_TYPE, null);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("invoice-header");
		check(this.http.admin("POST", "/invoices/" + id + "/approve", null), 200);
		assertThat(CoupaHttp.jsonMap(check(this.http.send("PUT", this.token, "/invoices/" + id + "/void", JSON_TYPE, null), 200).body()))
			.containsEntry("status", "voided");
	}

	@Test
	void inactiveOrUnknownAccountIsRejected() {
		String body = """
				{"invoice-number":"R-2","invoice-date":"2025-06-01","supplier":{"number":"S-00001"},
				 "invoice-lines":[{"description":"x","price":"1","account":{"code":"C100-6100-CC1100"}},
				                  {"description":"y","price":"1","account":{"code":"NOPE"}}]}""";
		HttpResponse<String> response = this.http.send("POST", this.token, "/invoices", JSON_TYPE, body);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("is inactive", "NOPE is not a valid billing account");
	}

}
