package com.mlconnector.sandbox.workday.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.mlconnector.sandbox.workday.tenant.TenantData;
import com.mlconnector.sandbox.workday.tenant.WdInvoiceRequest;
import com.mlconnector.sandbox.workday.tenant.WdSupplier;
import com.mlconnector.sandbox.workday.tenant.Wids;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;
import com.mlconnector.sandbox.world.Company;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * accountsPayable v1 {@code supplierInvoiceRequests} (AP1): list with company/supplier/status and invoice-date
 * filters (dates MM/DD/YYYY), create (201), read, lines, submit (201; texts of its 400 from AP1).
 */
@RestController("workdaySandboxSupplierInvoiceRequestsController")
@RequestMapping("${sandbox.workday.path-prefix:/sandbox/workday}/ccx/api/accountsPayable/v1/{tenant}/supplierInvoiceRequests")
class SupplierInvoiceRequestsController {

	static final String NOT_SUBMITTABLE = "You cannot submit this Supplier Invoice Request because the Supplier "
			+ "Invoice Request is not in submittable status.";

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

	private final RestSupport support;

	private final WorkdayTenant tenant;

	SupplierInvoiceRequestsController(RestSupport support, WorkdayTenant tenant) {
		this.support = support;
		this.tenant = tenant;
	}

	@GetMapping
	ResponseEntity<Object> list(@PathVariable String tenant, HttpServletRequest request,
			@RequestParam(name = "company", required = false) List<String> company,
			@RequestParam(name = "supplier", required = false) List<String> supplier,
			@RequestParam(name = "status", required = false) List<String> status,
			@RequestParam(required = false) String fromInvoiceDate, @RequestParam(required = false) String toInvoiceDate,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
		return this.support.unauthorized(request, tenant).orElseGet(() -> {
			LocalDate from;
			LocalDate to;
			try {
				from = (fromInvoiceDate != null) ? LocalDate.parse(fromInvoiceDate, US_DATE) : null;
				to = (toInvoiceDate != null) ? LocalDate.parse(toInvoiceDate, US_DATE) : null;
			}
			catch (DateTimeParseException ex) {
				return RestSupport.error(HttpStatus.BAD_REQUEST, "Dates must be MM/DD/YYYY");
			}
			List<Map<String, Object>> all = this.tenant.read((data) -> data.invoiceRequests()
				.stream()
				.filter((r) -> company == null || company.contains(Wids.of("Company", r.companyId())))
				.filter((r) -> supplier == null || data.supplier(r.supplierId()).map((s) -> supplier.contains(s.wid())).orElse(false))
				.filter((r) -> status == null || status.contains(r.status()))
				.filter((r) -> from == null || !r.invoiceDate().isBefore(from))
				.filter((r) -> to == null || !r.invoiceDate().isAfter(to))
				.map((r) -> summary(data, r))
				.toList());
			return RestSupport.collection(all, limit, offset);
		});
	}

	@GetMapping("/{id}")
	ResponseEntity<Object> get(@PathVariable String tenant, @PathVariable String id, HttpServletRequest request) {
		return this.support.unauthorized(request, tenant)
			.orElseGet(() -> this.tenant.read((data) -> data.invoiceRequest(id)
				.<ResponseEntity<Object>>map((r) -> ResponseEntity.ok(summary(data, r)))
				.orElseGet(() -> RestSupport.error(HttpStatus.NOT_FOUND, "Resource not found"))));
	}

	@GetMapping("/{id}/lines")
	ResponseEntity<Object> lines(@PathVariable String tenant, @PathVariable String id, HttpServletRequest request,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
		return this.support.unauthorized(request, tenant)
			.orElseGet(() -> this.tenant.read((data) -> data.invoiceRequest(id)
				.<ResponseEntity<Object>>map((r) -> RestSupport.collection(r.lines().stream().map(this::line).toList(), limit, offset))
				.orElseGet(() -> RestSupport.error(HttpStatus.NOT_FOUND, "Resource not found"))));
	}

	@PostMapping
	ResponseEntity<Object> create(@PathVariable String tenant, @RequestBody Map<String, Object> body,
			HttpServletRequest request) {
		return this.support.unauthorized(request, tenant).orElseGet(() -> this.tenant.write((data) -> {
			List<String> errors = new ArrayList<>();
			Optional<Company> company = company(data, ref(body.get("company")));
			Optional<WdSupplier> supplier = ref(body.get("supplier")) == null ? Optional.empty()
					: data.supplierByReference(RestSupport.typeAndValue(ref(body.get("supplier")))[0],
							RestSupport.typeAndValue(ref(body.get("supplier")))[1]);
			if (company.isEmpty()) {
				errors.add("company is required and must reference a company");
			}
			if (supplier.isEmpty()) {
				errors.add("supplier is required and must reference a supplier");
			}
			LocalDate invoiceDate = null;
			try {
				invoiceDate = LocalDate.parse(String.valueOf(body.get("invoiceDate")));
			}
			catch (DateTimeParseException ex) {
				errors.add("invoiceDate is required (yyyy-MM-dd)");
			}
			if (!errors.isEmpty()) {
				return RestSupport.validation(errors);
			}
			String number = data.nextInvoiceRequestNumber();
			String id = Wids.of("Supplier_Invoice_Request", number);
			List<WdInvoiceRequest.Line> lines = new ArrayList<>();
			if (body.get("lines") instanceof List<?> items) {
				int n = 0;
				for (Object item : items) {
					if (item instanceof Map<?, ?> line) {
						n++;
						String spend = ref(line.get("spendCategory"));
						lines.add(new WdInvoiceRequest.Line(Wids.of("Supplier_Invoice_Request_Line", number + "/" + n),
								(line.get("order") != null) ? String.valueOf(line.get("order")) : String.valueOf(n),
								(String) line.get("itemDescription"), (spend != null) ? RestSupport.typeAndValue(spend)[1] : null,
								amount(line.get("quantity")), amount(line.get("unitCost")), amount(line.get("extendedAmount")),
								(String) line.get("memo")));
					}
				}
			}
			String currency = (ref(body.get("currency")) != null) ? RestSupport.typeAndValue(ref(body.get("currency")))[1]
					: company.get().currency();
			WdInvoiceRequest created = new WdInvoiceRequest(id, number, company.get().id(), supplier.get().supplierId(),
					currency, invoiceDate, (String) body.get("suppliersInvoiceNumber"), amount(body.get("controlTotalAmount")),
					(String) body.get("memo"), "Draft", List.copyOf(lines));
			data.putInvoiceRequest(created);
			return ResponseEntity.status(HttpStatus.CREATED).body(summary(data, created));
		}));
	}

	@PostMapping("/{id}/submit")
	ResponseEntity<Object> submit(@PathVariable String tenant, @PathVariable String id, HttpServletRequest request) {
		return this.support.unauthorized(request, tenant).orElseGet(() -> this.tenant.write((data) -> {
			Optional<WdInvoiceRequest> found = data.invoiceRequest(id);
			if (found.isEmpty()) {
				return RestSupport.error(HttpStatus.NOT_FOUND, "Resource not found");
			}
			if (!"Draft".equals(found.get().status())) {
				return RestSupport.validation(List.of(NOT_SUBMITTABLE));
			}
			data.putInvoiceRequest(found.get().submitted());
			return ResponseEntity.status(HttpStatus.CREATED).body(RestSupport.instance(id, found.get().requestNumber(), null));
		}));
	}

	private Map<String, Object> summary(TenantData data, WdInvoiceRequest r) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", r.id());
		body.put("descriptor", "Supplier Invoice Request: " + r.requestNumber());
		body.put("requestNumber", r.requestNumber());
		body.put("company", RestSupport.instance(Wids.of("Company", r.companyId()),
				data.company(r.companyId()).map(Company::name).orElse(r.companyId()), null));
		body.put("supplier", data.supplier(r.supplierId())
			.map((s) -> RestSupport.instance(s.wid(), s.name(), null))
			.orElse(null));
		body.put("currency", Map.of("currencyID", r.currency(), "descriptor", r.currency()));
		body.put("invoiceDate", r.invoiceDate().toString());
		body.put("suppliersInvoiceNumber", r.suppliersInvoiceNumber());
		body.put("controlTotalAmount", r.controlTotalAmount());
		body.put("memo", r.memo());
		body.put("status", RestSupport.instance(Wids.of("Document_Status", r.status()), r.status(), null));
		return body;
	}

	private Map<String, Object> line(WdInvoiceRequest.Line line) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", line.id());
		body.put("descriptor", line.itemDescription());
		body.put("itemDescription", line.itemDescription());
		body.put("spendCategory", (line.spendCategoryId() != null)
				? RestSupport.instance(Wids.of("Spend_Category", line.spendCategoryId()), line.spendCategoryId(), null) : null);
		body.put("quantity", line.quantity());
		body.put("unitCost", line.unitCost());
		body.put("extendedAmount", line.extendedAmount());
		body.put("memo", line.memo());
		return body;
	}

	private static Optional<Company> company(TenantData data, String ref) {
		String[] tv = RestSupport.typeAndValue(ref);
		if (tv == null) {
			return Optional.empty();
		}
		return data.companies().stream().filter((c) -> switch (tv[0]) {
			case "WID" -> Wids.of("Company", c.id()).equals(tv[1]);
			case "Company_Reference_ID", "Organization_Reference_ID" -> c.id().equals(tv[1]);
			default -> false;
		}).findFirst();
	}

	/** A reference in a request body: {@code {"id": "..."}}. */
	private static String ref(Object value) {
		return (value instanceof Map<?, ?> map && map.get("id") instanceof String id) ? id : null;
	}

	/** Currency amounts are typed "object" in AP1 with numeric examples; numbers and numeric strings are accepted. */
	private static BigDecimal amount(Object value) {
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(String.valueOf(value));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
