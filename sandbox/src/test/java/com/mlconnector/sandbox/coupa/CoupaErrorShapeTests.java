package com.mlconnector.sandbox.coupa;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mlconnector.sandbox.coupa.CoupaHttp.JSON_TYPE;
import static com.mlconnector.sandbox.coupa.CoupaHttp.XML_TYPE;
import static org.assertj.core.api.Assertions.assertThat;

/** 404, empty results and validation errors in each format (NOTES §1.2, samples error-response-validation.*). */
@CoupaSandboxTest
class CoupaErrorShapeTests {

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
	void emptySearchIsEmptyArrayInJsonAnd404InXml() {
		// when
		HttpResponse<String> json = this.http.get(this.token, "/invoices?invoice-number=NOPE", JSON_TYPE);
		HttpResponse<String> xml = this.http.get(this.token, "/invoices?invoice-number=NOPE", XML_TYPE);
		// then
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).isEqualTo("[]");
		assertThat(xml.statusCode()).isEqualTo(404);
		assertThat(xml.body()).contains("<errors>\n<error>No results match your search criteria.</error>\n</errors>");
	}

	@Test
	void unknownIdIs404InBothFormats() {
		HttpResponse<String> json = this.http.get(this.token, "/invoices/999999", JSON_TYPE);
		HttpResponse<String> xml = this.http.get(this.token, "/suppliers/999999", XML_TYPE);
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(CoupaHttp.jsonMap(json.body())).containsKey("errors");
		assertThat(xml.statusCode()).isEqualTo(404);
		assertThat(xml.body()).contains("<errors>", "<error>No results match your search criteria.</error>");
	}

	@Test
	@SuppressWarnings("unchecked")
	void validationErrorJsonShape() {
		// given: a second supplier with an existing name
		String name = (String) CoupaHttp.jsonList(this.http.get(this.token, "/suppliers?limit=1", JSON_TYPE).body()).get(0).get("name");
		// when
		HttpResponse<String> response = this.http.send("POST", this.token, "/suppliers", JSON_TYPE,
				"{\"name\":\"" + name + "\"}");
		// then: {"errors": {"supplier": ["..."]}}
		assertThat(response.statusCode()).isEqualTo(400);
		Map<String, Object> errors = (Map<String, Object>) CoupaHttp.jsonMap(response.body()).get("errors");
		assertThat((List<String>) errors.get("supplier")).containsExactly("Name has already been taken");
	}

	@Test
	void validationErrorXmlShape() {
		// when
		HttpResponse<String> response = this.http.send("POST", this.token, "/invoices", XML_TYPE,
				"<invoice-header><invoice-number>X-1</invoice-number></invoice-header>");
		// then: <errors><error>..</error>...</errors>
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<errors>", "<error>Supplier can't be blank</error>",
				"<error>Invoice date can't be blank</error>");
	}

	@Test
	void malformedSampleBodyIs400() throws Exception {
		// given: the reference sample supplier-update-terms.xml is not well-formed (<id>5<id>)
		String body = new String(getClass().getResourceAsStream("/coupa/samples/supplier-update-terms.xml").readAllBytes());
		// when
		HttpResponse<String> response = this.http.send("PUT", this.token, "/suppliers/1", XML_TYPE, body);
		// then
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<error>Malformed XML");
	}

}
