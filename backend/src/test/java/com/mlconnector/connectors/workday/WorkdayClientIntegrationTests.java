package com.mlconnector.connectors.workday;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.mlconnector.connectors.workday.wsdl.AccountingJournalDataType;
import com.mlconnector.connectors.workday.wsdl.CompanyWWSType;
import com.mlconnector.connectors.workday.wsdl.CostCenterType;
import com.mlconnector.connectors.workday.wsdl.FinancialsBusinessProcessParametersType;
import com.mlconnector.connectors.workday.wsdl.JournalEntryLineDataType;
import com.mlconnector.connectors.workday.wsdl.SubmitAccountingJournalRequestType;
import com.mlconnector.connectors.workday.wsdl.SubmitSupplierInvoiceRequestType;
import com.mlconnector.connectors.workday.wsdl.SubmitSupplierRequestType;
import com.mlconnector.connectors.workday.wsdl.SupplierDataType;
import com.mlconnector.connectors.workday.wsdl.SupplierInvoiceDataType;
import com.mlconnector.connectors.workday.wsdl.SupplierInvoiceLineReplacementDataType;
import com.mlconnector.connectors.workday.wsdl.SupplierInvoiceType;
import com.mlconnector.sandbox.faults.FaultKnobs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.mlconnector.connectors.workday.WorkdayRequests.amount;
import static com.mlconnector.connectors.workday.WorkdayRequests.company;
import static com.mlconnector.connectors.workday.WorkdayRequests.costCenter;
import static com.mlconnector.connectors.workday.WorkdayRequests.currency;
import static com.mlconnector.connectors.workday.WorkdayRequests.date;
import static com.mlconnector.connectors.workday.WorkdayRequests.ledgerAccount;
import static com.mlconnector.connectors.workday.WorkdayRequests.spendCategory;
import static com.mlconnector.connectors.workday.WorkdayRequests.supplier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/** The Workday client against the Workday sandbox over real HTTP; every request is checked against the XSD. */
class WorkdayClientIntegrationTests {

	private static final SchemaCheckingInterceptor SCHEMA = new SchemaCheckingInterceptor();

	private static final WorkdayClients CLIENTS = new WorkdayClients(
			new WorkdayClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(1), 3, Duration.ofMillis(50)),
			List.of(SCHEMA));

	private final WorkdayClient client = CLIENTS.client(WorkdaySandbox.details());

	@BeforeEach
	void clean() {
		WorkdaySandbox.calm();
		WorkdaySandbox.clearRequests();
	}

	@AfterEach
	void calm() {
		WorkdaySandbox.calm();
	}

	@AfterAll
	static void everyRequestMatchedTheSchema() {
		assertThat(SCHEMA.invalid()).isEmpty();
		assertThat(SCHEMA.valid()).isGreaterThan(10);
	}

	@Test
	void readsReferenceData() {
		List<CompanyWWSType> companies = client.companies(null).toList();
		assertThat(companies).hasSize(3);
		assertThat(companies.get(0).getCompanyData().get(0).getOrganizationData().getID()).isEqualTo("C100");
		assertThat(client.accountSets(null).toList()).singleElement()
			.satisfies((set) -> assertThat(set.getAccountSetData().get(0).getLedgerAccountData()).isNotEmpty());
		assertThat(client.resourceCategories(null).toList()).isNotEmpty();
		assertThat(client.suppliers(null).count()).isEqualTo(56);
		assertThat(client.supplierInvoices(null).count()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void pagesLazilyFromPageOne() {
		WorkdayPage<CostCenterType> first = client.costCentersPage(null, 1, 4);
		assertThat(first.page()).isEqualTo(1);
		assertThat(first.items()).hasSize(4);
		long total = first.totalResults();
		WorkdaySandbox.clearRequests();
		List<CostCenterType> all = WorkdayPaging.items((page) -> client.costCentersPage(null, page, 4)).toList();
		assertThat(all).hasSize((int) total);
		assertThat(WorkdaySandbox.soapRequests("Financial_Management")).isEqualTo(first.totalPages());
		WorkdaySandbox.clearRequests();
		assertThat(client.suppliers(null).limit(3).toList()).hasSize(3);
		assertThat(WorkdaySandbox.soapRequests("Resource_Management")).isEqualTo(1);
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> client.suppliersPage(null, 1, 1000));
	}

	@Test
	void submitsSupplierInvoiceAndReadsItBack() {
		String invoiceId = "COUPA-" + UUID.randomUUID();
		var response = client.submitSupplierInvoice(invoice(invoiceId, "C100", firstSpendCategory()));
		assertThat(response.getSupplierInvoiceReference().getID()).isNotEmpty();
		List<SupplierInvoiceType> found = client.supplierInvoices(null)
			.filter((invoice) -> invoiceId.equals(invoice.getSupplierInvoiceData().get(0).getSupplierInvoiceID()))
			.toList();
		assertThat(found).hasSize(1);
	}

	@Test
	void submitsSupplierAndJournal() {
		SupplierDataType data = new SupplierDataType();
		data.setSupplierID("S-T" + System.nanoTime() % 1_000_000);
		data.setSupplierName("Connector Test Supplier");
		SubmitSupplierRequestType supplierRequest = new SubmitSupplierRequestType();
		supplierRequest.setAddOnly(true);
		supplierRequest.setSupplierData(data);
		assertThat(client.submitSupplier(supplierRequest).getSupplierReference().getID()).isNotEmpty();

		List<String> accounts = client.accountSets(null).findFirst().orElseThrow().getAccountSetData()
			.get(0).getLedgerAccountData().stream().map((account) -> account.getLedgerAccountIdentifier()).toList();
		AccountingJournalDataType journal = new AccountingJournalDataType();
		journal.setAccountingJournalID("JE-" + UUID.randomUUID());
		journal.setSubmit(true);
		journal.setCompanyReference(company("C100"));
		journal.setCurrencyReference(currency("USD"));
		journal.setLedgerTypeReference(WorkdayRequests.ledgerType("Actuals"));
		journal.setAccountingDate(date(LocalDate.of(2026, 3, 31)));
		journal.setJournalSourceReference(WorkdayRequests.journalSource("Coupa"));
		journal.setControlTotalAmount(amount("250.00"));
		journal.getJournalEntryLineReplacementData().add(line("1", "Standard", accounts.get(0), "250.00", null));
		journal.getJournalEntryLineReplacementData().add(line("2", "Standard", accounts.get(1), null, "250.00"));
		SubmitAccountingJournalRequestType journalRequest = new SubmitAccountingJournalRequestType();
		journalRequest.setAddOnly(true);
		journalRequest.setAccountingJournalData(journal);
		assertThat(client.submitAccountingJournal(journalRequest).getAccountingJournalReference().getID()).isNotEmpty();
	}

	@Test
	void validationFaultCarriesXpathAndIsNotRetried() {
		assertThatExceptionOfType(WorkdayValidationException.class)
			.isThrownBy(() -> client.submitSupplierInvoice(invoice("COUPA-" + UUID.randomUUID(), "NO_SUCH_CO", "SC_X")))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).startsWith("Validation error occurred.");
				assertThat(ex.errors()).anySatisfy((error) -> {
					assertThat(error.message()).contains("'NO_SUCH_CO' is not a valid ID value");
					assertThat(error.xpath()).startsWith("/wd:Submit_Supplier_Invoice_Request[1]/wd:Supplier_Invoice_Data[1]")
						.contains("Company_Reference");
				});
			});
		assertThat(WorkdaySandbox.soapRequests("Resource_Management")).isEqualTo(1);
	}

	@Test
	void queuedValidationFaultIsNotRetried() {
		String xpath = "/wd:Get_Suppliers_Request[1]/wd:Response_Filter[1]";
		WorkdaySandbox.queueValidationFault("Get_Suppliers", "Not allowed here", xpath);
		assertThatExceptionOfType(WorkdayValidationException.class).isThrownBy(() -> client.suppliersPage(null, 1, 5))
			.satisfies((ex) -> assertThat(ex.errors()).containsExactly(
					new WorkdayValidationError("Not allowed here", "Not allowed here", xpath)));
		assertThat(WorkdaySandbox.soapRequests("Resource_Management")).isEqualTo(1);
	}

	@Test
	void processingFaultIsRetried() {
		WorkdaySandbox.queueProcessingFault("Get_Suppliers", "Service temporarily unavailable", 1);
		assertThat(client.suppliersPage(null, 1, 5).items()).hasSize(5);
		assertThat(WorkdaySandbox.soapRequests("Resource_Management")).isEqualTo(2);

		WorkdaySandbox.clearRequests();
		WorkdaySandbox.queueProcessingFault("Get_Suppliers", "Still broken", 5);
		assertThatExceptionOfType(WorkdayProcessingException.class).isThrownBy(() -> client.suppliersPage(null, 1, 5))
			.withMessageContaining("Still broken");
		assertThat(WorkdaySandbox.soapRequests("Resource_Management")).isEqualTo(3);
	}

	@Test
	void timeoutIsRetried() {
		WorkdaySandbox.knobs(new FaultKnobs(0, 0, 0, false, 0, 0, 0, 1500));
		assertThatExceptionOfType(WorkdayTransientException.class).isThrownBy(() -> client.costCentersPage(null, 1, 1))
			.withMessageContaining("did not answer in time");
		// the sandbox logs a late request when it finally answers
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(WorkdaySandbox.soapRequests("Financial_Management")).isEqualTo(3));
	}

	@Test
	void aSubmitWhoseAnswerComesTooLateIsNotSentTwice() {
		// given: Workday applies the submit but answers after the client has given up
		String invoiceId = "COUPA-" + UUID.randomUUID();
		var request = invoice(invoiceId, "C100", firstSpendCategory());
		WorkdaySandbox.clearRequests();
		WorkdaySandbox.knobs(new FaultKnobs(0, 0, 0, false, 0, 0, 0, 1500));
		// when / then: one attempt only, and the caller is told the outcome is unknown
		assertThatExceptionOfType(WorkdayTransientException.class)
			.isThrownBy(() -> client.submitSupplierInvoice(request))
			.satisfies((ex) -> {
				assertThat(ex.outcomeUnknown()).isTrue();
				assertThat(ex.retryable()).isFalse();
				assertThat(ex.getMessage()).contains("look it up by its id before resubmitting");
			});
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(WorkdaySandbox.soapRequests("Resource_Management")).isEqualTo(1));
		// and: it was applied exactly once, which the caller can see by looking it up
		WorkdaySandbox.knobs(new FaultKnobs(0, 0, 0, false, 0, 0, 0, 0));
		assertThat(client.supplierInvoices(null)
			.filter((invoice) -> invoiceId.equals(invoice.getSupplierInvoiceData().get(0).getSupplierInvoiceID()))
			.count()).isEqualTo(1);
	}

	@Test
	void aSubmitAnsweredWithA5xxIsNotRetried() {
		var request = invoice("COUPA-" + UUID.randomUUID(), "C100", firstSpendCategory());
		WorkdaySandbox.clearRequests();
		WorkdaySandbox.knobs(new FaultKnobs(0, 0, 0, false, 0, 1.0, 0, 0));
		assertThatExceptionOfType(WorkdayTransientException.class).isThrownBy(() -> client.submitSupplierInvoice(request))
			.satisfies((ex) -> assertThat(ex.outcomeUnknown()).isTrue());
		assertThat(WorkdaySandbox.soapRequests("Resource_Management")).isEqualTo(1);
	}

	@Test
	void aSubmitThatNeverLeftIsSafeToRetry() throws Exception {
		int closed;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		WorkdayConnectionDetails good = WorkdaySandbox.details();
		WorkdayClient unreachable = CLIENTS.client(new WorkdayConnectionDetails(good.tenantId(), good.connectionId(),
				"http://localhost:" + closed, good.tenantName(), good.isuUsername(), good.isuPassword(),
				good.wsdlVersion(), good.clientId(), good.clientSecret(), good.refreshToken(), null));
		var request = invoice("COUPA-" + UUID.randomUUID(), "C100", firstSpendCategory());
		assertThatExceptionOfType(WorkdayTransientException.class).isThrownBy(() -> unreachable.submitSupplierInvoice(request))
			.satisfies((ex) -> {
				assertThat(ex.outcomeUnknown()).isFalse();
				assertThat(ex.retryable()).isTrue();
			});
	}

	@Test
	void serverErrorsAndResetsAreRetried() {
		WorkdaySandbox.knobs(new FaultKnobs(0, 0, 0, false, 0, 1.0, 0, 0));
		assertThatExceptionOfType(WorkdayTransientException.class).isThrownBy(() -> client.costCentersPage(null, 1, 1))
			.withMessageContaining("503");
		assertThat(WorkdaySandbox.soapRequests("Financial_Management")).isEqualTo(3);

		WorkdaySandbox.clearRequests();
		WorkdaySandbox.knobs(new FaultKnobs(0, 0, 0, false, 0, 0, 1.0, 0));
		assertThatExceptionOfType(WorkdayTransientException.class).isThrownBy(() -> client.costCentersPage(null, 1, 1))
			.withMessageContaining("connection to Workday failed");
		assertThat(WorkdaySandbox.soapRequests("Financial_Management")).isEqualTo(3);
	}

	@Test
	void wrongPasswordIsAnAuthenticationFaultAndNotRetried() {
		WorkdayConnectionDetails good = WorkdaySandbox.details();
		WorkdayClient bad = CLIENTS.client(new WorkdayConnectionDetails(good.tenantId(), good.connectionId(),
				good.baseUrl(), good.tenantName(), good.isuUsername(), "wrong-password", good.wsdlVersion(),
				good.clientId(), good.clientSecret(), good.refreshToken(), null));
		assertThatExceptionOfType(WorkdayAuthenticationException.class).isThrownBy(() -> bad.companiesPage(null, 1, 1))
			.withMessageContaining("invalid username or password")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("wrong-password"));
		assertThat(WorkdaySandbox.soapRequests("Financial_Management")).isEqualTo(1);
	}

	@Test
	void refreshTokenGrantAndRest() {
		client.checkTokenGrant();
		String body = client.rest().get().uri("/common/v1/{tenant}/currencies", WorkdaySandbox.TENANT)
			.retrieve().body(String.class);
		assertThat(body).contains("USD");

		WorkdayConnectionDetails good = WorkdaySandbox.details();
		assertThat(good.toString()).doesNotContain(WorkdaySandbox.CLIENT_SECRET, WorkdaySandbox.REFRESH_TOKEN,
				WorkdaySandbox.ISU_PASSWORD);
		assertThatExceptionOfType(WorkdayTokenException.class)
			.isThrownBy(() -> CLIENTS.client(withToken(good, "wrong-secret", good.refreshToken())).checkTokenGrant())
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(WorkdayTokenException.Reason.CLIENT_REJECTED));
		assertThatExceptionOfType(WorkdayTokenException.class)
			.isThrownBy(() -> CLIENTS.client(withToken(good, good.clientSecret(), "stale-token")).checkTokenGrant())
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(WorkdayTokenException.Reason.REFRESH_TOKEN_REJECTED));
	}

	private static WorkdayConnectionDetails withToken(WorkdayConnectionDetails d, String secret, String refreshToken) {
		return new WorkdayConnectionDetails(d.tenantId(), d.connectionId(), d.baseUrl(), d.tenantName(),
				d.isuUsername(), d.isuPassword(), d.wsdlVersion(), d.clientId(), secret, refreshToken, null);
	}

	private String firstSpendCategory() {
		return client.resourceCategories(null).findFirst().orElseThrow().getResourceCategoryData().getResourceCategoryID();
	}

	private static SubmitSupplierInvoiceRequestType invoice(String invoiceId, String companyId, String spendCategory) {
		SupplierInvoiceDataType data = new SupplierInvoiceDataType();
		data.setSupplierInvoiceID(invoiceId);
		data.setSubmit(true);
		data.setCompanyReference(company(companyId));
		data.setCurrencyReference(currency("USD"));
		data.setSupplierReference(supplier("S-00001"));
		data.setInvoiceDate(date(LocalDate.of(2026, 3, 31)));
		data.setControlAmountTotal(amount("100.00"));
		data.setSuppliersInvoiceNumber("INV-" + invoiceId);
		data.setMemo("Connector test");
		SupplierInvoiceLineReplacementDataType line = new SupplierInvoiceLineReplacementDataType();
		line.setLineOrder("1");
		line.setItemDescription("Paper");
		line.setSpendCategoryReference(spendCategory(spendCategory));
		line.setExtendedAmount(amount("100.00"));
		line.getWorktagsReference().add(costCenter("CC1000"));
		data.getInvoiceLineReplacementData().add(line);
		FinancialsBusinessProcessParametersType parameters = new FinancialsBusinessProcessParametersType();
		parameters.setAutoComplete(false);
		SubmitSupplierInvoiceRequestType request = new SubmitSupplierInvoiceRequestType();
		request.setAddOnly(true);
		request.setBusinessProcessParameters(parameters);
		request.setSupplierInvoiceData(data);
		return request;
	}

	private static JournalEntryLineDataType line(String order, String accountSet, String account, String debit,
			String credit) {
		JournalEntryLineDataType line = new JournalEntryLineDataType();
		line.setLineOrder(order);
		line.setLedgerAccountReference(ledgerAccount(accountSet, account));
		line.setDebitAmount((debit != null) ? amount(debit) : null);
		line.setCreditAmount((credit != null) ? amount(credit) : null);
		line.setMemo("Connector test");
		return line;
	}

}
