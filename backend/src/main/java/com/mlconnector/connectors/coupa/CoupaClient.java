package com.mlconnector.connectors.coupa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpMethod;

/**
 * One tenant's Coupa connection: typed reads and the writes the flows need. Thread-safe; get it from
 * {@link CoupaClients}. Every call is rate limited per Coupa instance, retried on transient errors only
 * (honouring {@code Retry-After}) and guarded by the tenant's circuit breaker. Errors are {@link CoupaException}
 * subtypes.
 * <p>
 * List reads return lazy streams: a page of 50 is fetched only when consumed, so close or limit them as you
 * like. Paging is by offset, so do not change the filtered set while streaming it (marking invoices exported
 * while streaming {@code exported=false} would skip records): collect the ids first, or re-query from the start.
 */
public final class CoupaClient {

	private final String baseUrl;

	private final CoupaTokens tokens;

	private final CoupaHttp http;

	private final CoupaGuard guard;

	private final ObjectMapper json;

	CoupaClient(String baseUrl, CoupaTokens tokens, CoupaHttp http, CoupaGuard guard, ObjectMapper json) {
		this.baseUrl = baseUrl;
		this.tokens = tokens;
		this.http = http;
		this.guard = guard;
		this.json = json;
	}

	/** The instance this client talks to. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * The scopes of the current access token (fetching one if none is cached): what Coupa says it granted, or
	 * what was requested when its answer does not say.
	 */
	public Set<String> grantedScopes() {
		return this.guard.call(() -> Set.copyOf(this.tokens.token().getScopes()));
	}

	public Stream<CoupaInvoice> invoices(CoupaQuery query) {
		return list("/api/invoices", query, CoupaInvoice.class, CoupaScopes.INVOICE_READ, "invoices");
	}

	public CoupaInvoice invoice(long id) {
		return one("/api/invoices/" + id, CoupaInvoice.class, CoupaScopes.INVOICE_READ, "invoice " + id);
	}

	public Stream<CoupaSupplier> suppliers(CoupaQuery query) {
		return list("/api/suppliers", query, CoupaSupplier.class, CoupaScopes.SUPPLIER_READ, "suppliers");
	}

	public CoupaSupplier supplier(long id) {
		return one("/api/suppliers/" + id, CoupaSupplier.class, CoupaScopes.SUPPLIER_READ, "supplier " + id);
	}

	public Stream<CoupaPurchaseOrder> purchaseOrders(CoupaQuery query) {
		return list("/api/purchase_orders", query, CoupaPurchaseOrder.class, CoupaScopes.PURCHASE_ORDER_READ,
				"purchase orders");
	}

	public CoupaPurchaseOrder purchaseOrder(long id) {
		return one("/api/purchase_orders/" + id, CoupaPurchaseOrder.class, CoupaScopes.PURCHASE_ORDER_READ,
				"purchase order " + id);
	}

	public Stream<CoupaAccount> accounts(CoupaQuery query) {
		return list("/api/accounts", query, CoupaAccount.class, CoupaScopes.ACCOUNTING_READ, "accounts");
	}

	/**
	 * {@code PUT /api/invoices/{id}?exported=true} with no body: Coupa wants the export flag in a request of its
	 * own and ignores other changes sent with it. Idempotent, so retried like a read.
	 */
	public void markInvoiceExported(long id) {
		this.guard.call(() -> this.http.send(HttpMethod.PUT, "/api/invoices/" + id,
				Map.of("exported", "true", "fields", "[\"id\",\"exported\"]"), null, "invoice " + id,
				CoupaScopes.INVOICE_WRITE));
	}

	/**
	 * {@code POST /api/suppliers}. Retried only when Coupa answered 429/5xx (nothing applied); after a timeout the
	 * supplier may exist, so the error says so and the caller should look it up by number before trying again.
	 */
	public CoupaSupplier createSupplier(CoupaSupplierChange supplier) {
		return this.guard.call(() -> read(this.http.send(HttpMethod.POST, "/api/suppliers", Map.of(),
				supplier.toBody(), "the new supplier", CoupaScopes.SUPPLIER_WRITE), type(CoupaSupplier.class)));
	}

	/** {@code PUT /api/suppliers/{id}} with only the fields set in {@code change}. */
	public CoupaSupplier updateSupplier(long id, CoupaSupplierChange change) {
		return this.guard.call(() -> read(this.http.send(HttpMethod.PUT, "/api/suppliers/" + id, Map.of(),
				change.toBody(), "supplier " + id, CoupaScopes.SUPPLIER_WRITE), type(CoupaSupplier.class)));
	}

	private <T> T one(String path, Class<T> type, String scope, String what) {
		return this.guard.call(() -> read(this.http.send(HttpMethod.GET, path, Map.of(), null, what, scope),
				type(type)));
	}

	private <T> Stream<T> list(String path, CoupaQuery query, Class<T> type, String scope, String what) {
		JavaType listType = this.json.getTypeFactory().constructCollectionType(List.class, type);
		return CoupaPages.stream((offset) -> this.guard.call(() -> {
			Map<String, String> params = new LinkedHashMap<>(query.filters());
			if (query.fieldsJson() != null) {
				params.put("fields", query.fieldsJson());
			}
			params.put("limit", Integer.toString(query.pageSize()));
			params.put("offset", Integer.toString(offset));
			List<T> page = read(this.http.send(HttpMethod.GET, path, params, null, what, scope), listType);
			return page;
		}), query.pageSize());
	}

	private JavaType type(Class<?> type) {
		return this.json.constructType(type);
	}

	private <T> T read(String body, JavaType type) {
		try {
			return this.json.readValue(body, type);
		}
		catch (JacksonException ex) {
			// e.g. a proxy's HTML page with status 200: treated like an outage, not like bad data of ours
			throw new CoupaTransientException(200, null, false,
					"Coupa's answer could not be read as JSON (" + ex.getOriginalMessage() + ")", ex);
		}
	}

}
