package com.mlconnector.connectors.workday;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import com.mlconnector.connectors.workday.wsdl.AccountSetRequestCriteriaType;
import com.mlconnector.connectors.workday.wsdl.AccountSetType;
import com.mlconnector.connectors.workday.wsdl.CompanyRequestCriteriaType;
import com.mlconnector.connectors.workday.wsdl.CompanyWWSType;
import com.mlconnector.connectors.workday.wsdl.CostCenterRequestCriteriaType;
import com.mlconnector.connectors.workday.wsdl.CostCenterType;
import com.mlconnector.connectors.workday.wsdl.GetAccountSetsRequestType;
import com.mlconnector.connectors.workday.wsdl.GetAccountSetsResponseType;
import com.mlconnector.connectors.workday.wsdl.GetCostCentersRequestType;
import com.mlconnector.connectors.workday.wsdl.GetCostCentersResponseType;
import com.mlconnector.connectors.workday.wsdl.GetResourceCategoriesRequestType;
import com.mlconnector.connectors.workday.wsdl.GetResourceCategoriesResponseType;
import com.mlconnector.connectors.workday.wsdl.GetSupplierInvoicesRequestType;
import com.mlconnector.connectors.workday.wsdl.GetSupplierInvoicesResponseType;
import com.mlconnector.connectors.workday.wsdl.GetSuppliersRequestType;
import com.mlconnector.connectors.workday.wsdl.GetSuppliersResponseType;
import com.mlconnector.connectors.workday.wsdl.GetWorkdayCompaniesRequestType;
import com.mlconnector.connectors.workday.wsdl.GetWorkdayCompaniesResponseType;
import com.mlconnector.connectors.workday.wsdl.ObjectFactory;
import com.mlconnector.connectors.workday.wsdl.ResponseFilterType;
import com.mlconnector.connectors.workday.wsdl.ResponseResultsType;
import com.mlconnector.connectors.workday.wsdl.SpendCategoryRequestCriteriaType;
import com.mlconnector.connectors.workday.wsdl.SpendCategoryType;
import com.mlconnector.connectors.workday.wsdl.SubmitAccountingJournalRequestType;
import com.mlconnector.connectors.workday.wsdl.SubmitAccountingJournalResponseType;
import com.mlconnector.connectors.workday.wsdl.SubmitSupplierInvoiceRequestType;
import com.mlconnector.connectors.workday.wsdl.SubmitSupplierInvoiceResponseType;
import com.mlconnector.connectors.workday.wsdl.SubmitSupplierRequestType;
import com.mlconnector.connectors.workday.wsdl.SubmitSupplierResponseType;
import com.mlconnector.connectors.workday.wsdl.SupplierInvoiceRequestCriteriaType;
import com.mlconnector.connectors.workday.wsdl.SupplierInvoiceType;
import com.mlconnector.connectors.workday.wsdl.SupplierRequestCriteriaType;
import com.mlconnector.connectors.workday.wsdl.SupplierType;

import org.springframework.web.client.RestClient;

import static com.mlconnector.connectors.workday.WorkdayService.FINANCIAL_MANAGEMENT;
import static com.mlconnector.connectors.workday.WorkdayService.RESOURCE_MANAGEMENT;

/**
 * One customer's Workday tenant. Reads come as lazy streams (pages fetched on demand,
 * {@value WorkdayPaging#DEFAULT_COUNT} per page) or single pages; criteria arguments are the generated request-criteria types and may be {@code null}.
 * Every call throws a {@link WorkdayException} subtype on failure; transient and processing faults are retried
 * first. Thread-safe; obtain instances from {@link WorkdayClients}.
 *
 * <p>Requests passed in get the connection's web service version as {@code wd:version}. Submits are retried only
 * when Workday surely did not apply them; after a timeout, reset or 5xx the call fails with
 * {@link WorkdayTransientException#outcomeUnknown()} and the caller looks the document up by its own id before
 * sending it again. Send {@code wd:Add_Only="true"} and your own document id as well, so that a duplicate that
 * slips through comes back as a validation fault instead of a second document.
 */
public final class WorkdayClient {

	private static final ObjectFactory WD = new ObjectFactory();

	private final WorkdayConnectionDetails details;

	private final WorkdaySoap soap;

	private final WorkdayTokens tokens;

	private final RestClient rest;

	WorkdayClient(WorkdayConnectionDetails details, WorkdaySoap soap, WorkdayTokens tokens, RestClient.Builder rest) {
		this.details = details;
		this.soap = soap;
		this.tokens = tokens;
		this.rest = rest.baseUrl(details.restBase())
			.requestInterceptor((request, body, execution) -> {
				request.getHeaders().setBearerAuth(this.tokens.accessToken());
				return execution.execute(request, body);
			})
			.build();
	}

	public WorkdayConnectionDetails details() {
		return details;
	}

	// --- Financial_Management reads -------------------------------------------------------------------------

	public WorkdayPage<CompanyWWSType> companiesPage(CompanyRequestCriteriaType criteria, int page, int count) {
		GetWorkdayCompaniesRequestType request = new GetWorkdayCompaniesRequestType();
		request.setRequestCriteria(criteria);
		request.setResponseFilter(filter(page, count));
		request.setVersion(details.wsdlVersion());
		GetWorkdayCompaniesResponseType response = soap.call(FINANCIAL_MANAGEMENT,
				WD.createGetWorkdayCompaniesRequest(request), GetWorkdayCompaniesResponseType.class);
		// FM30 declares this response's parts as lists (0..n), unlike the other Get_* responses
		ResponseResultsType results = response.getResponseResults().isEmpty() ? null : response.getResponseResults().get(0);
		return page(results, response.getResponseData().stream().flatMap((data) -> data.getCompany().stream()).toList());
	}

	public Stream<CompanyWWSType> companies(CompanyRequestCriteriaType criteria) {
		return all((page) -> companiesPage(criteria, page, WorkdayPaging.DEFAULT_COUNT));
	}

	public WorkdayPage<CostCenterType> costCentersPage(CostCenterRequestCriteriaType criteria, int page, int count) {
		GetCostCentersRequestType request = new GetCostCentersRequestType();
		request.setRequestCriteria(criteria);
		request.setResponseFilter(filter(page, count));
		request.setVersion(details.wsdlVersion());
		GetCostCentersResponseType response = soap.call(FINANCIAL_MANAGEMENT, WD.createGetCostCentersRequest(request),
				GetCostCentersResponseType.class);
		return page(response.getResponseResults(),
				(response.getResponseData() != null) ? response.getResponseData().getCostCenter() : List.of());
	}

	public Stream<CostCenterType> costCenters(CostCenterRequestCriteriaType criteria) {
		return all((page) -> costCentersPage(criteria, page, WorkdayPaging.DEFAULT_COUNT));
	}

	/** Account sets with their ledger accounts (FM30 has no Get_Ledger_Accounts). */
	public WorkdayPage<AccountSetType> accountSetsPage(AccountSetRequestCriteriaType criteria, int page, int count) {
		GetAccountSetsRequestType request = new GetAccountSetsRequestType();
		request.setRequestCriteria(criteria);
		request.setResponseFilter(filter(page, count));
		request.setVersion(details.wsdlVersion());
		GetAccountSetsResponseType response = soap.call(FINANCIAL_MANAGEMENT, WD.createGetAccountSetsRequest(request),
				GetAccountSetsResponseType.class);
		return page(response.getResponseResults(),
				(response.getResponseData() != null) ? response.getResponseData().getAccountSet() : List.of());
	}

	public Stream<AccountSetType> accountSets(AccountSetRequestCriteriaType criteria) {
		return all((page) -> accountSetsPage(criteria, page, WorkdayPaging.DEFAULT_COUNT));
	}

	/** Resource categories, which Workday's UI calls spend categories. */
	public WorkdayPage<SpendCategoryType> resourceCategoriesPage(SpendCategoryRequestCriteriaType criteria, int page,
			int count) {
		GetResourceCategoriesRequestType request = new GetResourceCategoriesRequestType();
		request.setRequestCriteria(criteria);
		request.setResponseFilter(filter(page, count));
		request.setVersion(details.wsdlVersion());
		GetResourceCategoriesResponseType response = soap.call(FINANCIAL_MANAGEMENT,
				WD.createGetResourceCategoriesRequest(request), GetResourceCategoriesResponseType.class);
		return page(response.getResponseResults(),
				(response.getResponseData() != null) ? response.getResponseData().getResourceCategory() : List.of());
	}

	public Stream<SpendCategoryType> resourceCategories(SpendCategoryRequestCriteriaType criteria) {
		return all((page) -> resourceCategoriesPage(criteria, page, WorkdayPaging.DEFAULT_COUNT));
	}

	// --- Resource_Management reads --------------------------------------------------------------------------

	public WorkdayPage<SupplierType> suppliersPage(SupplierRequestCriteriaType criteria, int page, int count) {
		GetSuppliersRequestType request = new GetSuppliersRequestType();
		request.setRequestCriteria(criteria);
		request.setResponseFilter(filter(page, count));
		request.setVersion(details.wsdlVersion());
		GetSuppliersResponseType response = soap.call(RESOURCE_MANAGEMENT, WD.createGetSuppliersRequest(request),
				GetSuppliersResponseType.class);
		return page(response.getResponseResults(),
				(response.getResponseData() != null) ? response.getResponseData().getSupplier() : List.of());
	}

	public Stream<SupplierType> suppliers(SupplierRequestCriteriaType criteria) {
		return all((page) -> suppliersPage(criteria, page, WorkdayPaging.DEFAULT_COUNT));
	}

	public WorkdayPage<SupplierInvoiceType> supplierInvoicesPage(SupplierInvoiceRequestCriteriaType criteria, int page,
			int count) {
		GetSupplierInvoicesRequestType request = new GetSupplierInvoicesRequestType();
		request.setRequestCriteria(criteria);
		request.setResponseFilter(filter(page, count));
		request.setVersion(details.wsdlVersion());
		GetSupplierInvoicesResponseType response = soap.call(RESOURCE_MANAGEMENT,
				WD.createGetSupplierInvoicesRequest(request), GetSupplierInvoicesResponseType.class);
		return page(response.getResponseResults(),
				(response.getResponseData() != null) ? response.getResponseData().getSupplierInvoice() : List.of());
	}

	public Stream<SupplierInvoiceType> supplierInvoices(SupplierInvoiceRequestCriteriaType criteria) {
		return all((page) -> supplierInvoicesPage(criteria, page, WorkdayPaging.DEFAULT_COUNT));
	}

	// --- writes ----------------------------------------------------------------------------------------------

	public SubmitSupplierInvoiceResponseType submitSupplierInvoice(SubmitSupplierInvoiceRequestType request) {
		request.setVersion(details.wsdlVersion());
		return soap.submit(RESOURCE_MANAGEMENT, WD.createSubmitSupplierInvoiceRequest(request),
				SubmitSupplierInvoiceResponseType.class);
	}

	public SubmitSupplierResponseType submitSupplier(SubmitSupplierRequestType request) {
		request.setVersion(details.wsdlVersion());
		return soap.submit(RESOURCE_MANAGEMENT, WD.createSubmitSupplierRequest(request), SubmitSupplierResponseType.class);
	}

	public SubmitAccountingJournalResponseType submitAccountingJournal(SubmitAccountingJournalRequestType request) {
		request.setVersion(details.wsdlVersion());
		return soap.submit(FINANCIAL_MANAGEMENT, WD.createSubmitAccountingJournalRequest(request),
				SubmitAccountingJournalResponseType.class);
	}

	// --- REST ------------------------------------------------------------------------------------------------

	/**
	 * A {@link RestClient} for Workday REST with base {@code {baseUrl}/ccx/api} (resources as
	 * {@code /{service}/v1/{tenant}/...}); each request carries a bearer token from the refresh-token grant.
	 */
	public RestClient rest() {
		return rest;
	}

	/**
	 * Runs the OAuth 2.0 refresh-token grant now, ignoring any cached token, to prove the REST credentials.
	 *
	 * @throws WorkdayTokenException naming the refused credential
	 */
	public void checkTokenGrant() {
		tokens.grantNow();
	}

	private static ResponseFilterType filter(int page, int count) {
		WorkdayPaging.checkPage(page, count);
		ResponseFilterType filter = new ResponseFilterType();
		filter.setPage(BigDecimal.valueOf(page));
		filter.setCount(BigDecimal.valueOf(count));
		return filter;
	}

	private static <T> WorkdayPage<T> page(ResponseResultsType results, List<T> items) {
		if (results == null) {
			return new WorkdayPage<>(items, 1, items.isEmpty() ? 0 : 1, items.size());
		}
		return new WorkdayPage<>(items, intOr(results.getPage(), 1), intOr(results.getTotalPages(), 0),
				(results.getTotalResults() != null) ? results.getTotalResults().longValue() : items.size());
	}

	private static int intOr(BigDecimal value, int fallback) {
		return (value != null) ? value.intValue() : fallback;
	}

	private static <T> Stream<T> all(IntFunction<WorkdayPage<T>> fetch) {
		return WorkdayPaging.items(fetch);
	}

}
