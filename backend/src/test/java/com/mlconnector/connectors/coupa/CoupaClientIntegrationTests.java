package com.mlconnector.connectors.coupa;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Typed reads, filters, paging and writes against the Coupa sandbox over HTTP. */
class CoupaClientIntegrationTests {

	private CoupaClient client;

	@BeforeEach
	void setUp() {
		CoupaSandbox.reset();
		this.client = CoupaSandbox.clients().client(CoupaSandbox.demo());
	}

	@Test
	void readsATypedInvoiceWithDecimalsAndLines() {
		// when
		CoupaInvoice invoice = this.client.invoice(3);
		// then
		assertThat(invoice.invoiceNumber()).isEqualTo("INV-0000003");
		assertThat(invoice.status()).isEqualTo("approved");
		assertThat(invoice.currency().code()).isEqualTo("USD");
		assertThat(invoice.supplier().number()).isEqualTo("S-00006");
		assertThat(invoice.grossTotal()).isInstanceOf(BigDecimal.class).isPositive();
		assertThat(invoice.invoiceLines()).isNotEmpty();
		CoupaInvoice.Line line = invoice.invoiceLines().get(0);
		assertThat(line.total()).isEqualByComparingTo(line.quantity().multiply(line.price()));
		assertThat(line.account().segment1()).isEqualTo("C100");
		assertThat(line.poNumber()).startsWith("PO-");
		assertThat(invoice.payments()).extracting(CoupaInvoice.Payment::amountPaid)
			.allSatisfy((a) -> assertThat(a).isPositive());
	}

	@Test
	void readsSuppliersPurchaseOrdersAndAccounts() {
		assertThat(this.client.supplier(1).number()).isEqualTo("S-00001");
		assertThat(this.client.supplier(1).remitToAddresses()).isNotEmpty();
		CoupaPurchaseOrder order = this.client.purchaseOrder(1);
		assertThat(order.poNumber()).isEqualTo("PO-00001");
		assertThat(order.orderLines()).first().satisfies((l) -> assertThat(l.lineNum()).isEqualTo("1"));
		assertThat(this.client.accounts(CoupaQuery.all().where("segment-1", "C200")).limit(60))
			.isNotEmpty()
			.allSatisfy((a) -> assertThat(a.code()).startsWith("C200-"));
	}

	@Test
	void pagesLazilyFiftyAtATime() {
		// given
		Stream<CoupaInvoice> all = this.client.invoices(CoupaQuery.all().fields("id"));
		int before = CoupaSandbox.apiRequests().size();
		// when: 60 consumed = two pages, nothing fetched before consumption
		assertThat(CoupaSandbox.apiRequests()).hasSize(before);
		List<Long> ids = all.limit(60).map(CoupaInvoice::id).toList();
		// then
		assertThat(ids).hasSize(60).doesNotHaveDuplicates().startsWith(1L, 2L);
		List<String> queries = CoupaSandbox.apiRequests().subList(before, CoupaSandbox.apiRequests().size())
			.stream()
			.map((e) -> e.query())
			.toList();
		assertThat(queries).hasSize(2);
		assertThat(queries.get(0)).contains("offset=0").contains("limit=50");
		assertThat(queries.get(1)).contains("offset=50");
	}

	@Test
	void filtersAndProjects() {
		// when
		List<CoupaInvoice> pending = this.client
			.invoices(CoupaQuery.all()
				.notExported()
				.statusIn("approved", "voided")
				.updatedAfter(Instant.parse("2025-01-01T00:00:00Z"))
				.fields("id", "status", "exported"))
			.toList();
		// then: all pages were read to the short one, every row matches, unprojected fields are absent
		assertThat(pending).hasSizeGreaterThan(50)
			.allSatisfy((i) -> assertThat(i.status()).isIn("approved", "voided"))
			.allSatisfy((i) -> assertThat(i.exported()).isFalse())
			.allSatisfy((i) -> assertThat(i.invoiceNumber()).isNull());
	}

	@Test
	void marksAnInvoiceExportedInItsOwnRequest() {
		// given
		long id = this.client.invoices(CoupaQuery.all().notExported().statusIn("approved").fields("id"))
			.findFirst()
			.orElseThrow()
			.id();
		// when
		this.client.markInvoiceExported(id);
		// then
		CoupaInvoice invoice = this.client.invoice(id);
		assertThat(invoice.exported()).isTrue();
		assertThat(invoice.lastExportedAt()).isNotNull();
		assertThat(CoupaSandbox.apiRequests()).anySatisfy((e) -> {
			assertThat(e.method()).isEqualTo("PUT");
			assertThat(e.query()).contains("exported=true");
		});
	}

	@Test
	void createsAndUpdatesASupplier() {
		// when
		CoupaSupplier created = this.client.createSupplier(new CoupaSupplierChange("Globex Test Supplies", null,
				"S-90001", "active", "98-7654321", null, "invoice", "Net 30"));
		CoupaSupplier updated = this.client.updateSupplier(created.id(),
				new CoupaSupplierChange("Globex Renamed", null, null, null, null, null, null, null));
		// then
		assertThat(created.id()).isNotNull();
		assertThat(created.paymentTerm().code()).isEqualTo("Net 30");
		assertThat(updated.name()).isEqualTo("Globex Renamed");
		assertThat(updated.number()).isEqualTo("S-90001");
		assertThat(this.client.suppliers(CoupaQuery.all().where("number", "S-90001")).toList()).hasSize(1);
	}

	@Test
	void validationErrorCarriesCoupasMessagesAndIsNotRetried() {
		int before = CoupaSandbox.apiRequests().size();
		assertThatThrownBy(() -> this.client
			.createSupplier(new CoupaSupplierChange("", null, "S-90002", null, null, null, null, null)))
			.isInstanceOfSatisfying(CoupaValidationException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(400);
				assertThat(ex.errors()).containsExactly("supplier: Name can't be blank");
				assertThat(ex.getMessage()).contains("Coupa rejected the new supplier").contains("Name can't be blank");
			});
		assertThat(CoupaSandbox.apiRequests()).hasSize(before + 1);
	}

	@Test
	void unknownIdIsNotFound() {
		assertThatThrownBy(() -> this.client.invoice(999_999)).isInstanceOf(CoupaNotFoundException.class)
			.hasMessage("Coupa has no invoice 999999");
	}

}
