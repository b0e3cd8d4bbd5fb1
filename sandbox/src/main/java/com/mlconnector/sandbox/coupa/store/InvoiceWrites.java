package com.mlconnector.sandbox.coupa.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.mlconnector.sandbox.coupa.doc.DocValues;
import com.mlconnector.sandbox.coupa.doc.Docs;
import com.mlconnector.sandbox.coupa.doc.SpecTypes;

import org.springframework.stereotype.Component;

/** Creates and changes invoices (NOTES §1.6, §3.1, §3.2) and publishes {@link CoupaChange}s. */
@Component("coupaSandboxInvoiceWrites")
public class InvoiceWrites {

	static final String OBJECT = "invoice-header";

	/** Computed or system-kept fields: ignored when sent. */
	private static final Set<String> READ_ONLY = Set.of("id", "created-at", "updated-at", "created-by", "updated-by",
			"exported", "last-exported-at", "gross-total", "total-with-taxes", "amount-due", "line-count",
			"tax-amount-engine", "supplier-total", "gross-total-less-discount", "net-total-less-discount",
			"amount-due-less-discount", "total-taxes-less-discount");

	private final CoupaInstance instance;

	public InvoiceWrites(CoupaInstance instance) {
		this.instance = instance;
	}

	/** POST: the invoice starts in {@code draft} unless another valid status is sent (Rossum sends draft). */
	public synchronized Map<String, Object> create(Map<String, Object> raw) {
		Map<String, Object> body = SpecTypes.coerce("InvoiceHeader", raw);
		List<String> errors = new ArrayList<>();
		Map<String, Object> supplier = References.find(this.instance.suppliers().all(), body.get("supplier"), "id",
				"number", "name");
		if (body.get("supplier") == null) {
			errors.add("Supplier can't be blank");
		}
		else if (supplier == null) {
			errors.add("Supplier is not valid");
		}
		String number = DocValues.string(body.get("invoice-number"));
		if (number == null || number.isBlank()) {
			errors.add("Invoice number can't be blank");
		}
		else if (supplier != null && numberTaken(number, supplier.get("id"))) {
			errors.add("Invoice number has already been taken");
		}
		if (body.get("invoice-date") == null) {
			errors.add("Invoice date can't be blank");
		}
		OffsetDateTime now = InvoiceBook.now();
		long id = this.instance.invoices().newId();
		Map<String, Object> invoice = Docs.doc("id", id, "created-at", now, "updated-at", now, "status", "draft",
				"exported", false, "last-exported-at", null, "paid", false, "payments", new ArrayList<>());
		if (supplier != null) {
			invoice.put("supplier", References.supplierRef(supplier));
			invoice.put("currency", CoupaCatalog.currency(supplierCurrency(supplier)));
			invoice.put("payment-term", supplier.get("payment-term"));
		}
		apply(invoice, body, errors, now, true);
		if (!errors.isEmpty()) {
			// creates are serialised, so the id can be handed back and ids stay gap-free
			this.instance.invoices().releaseId(id);
			throw new CoupaValidationException(OBJECT, errors);
		}
		InvoiceTotals.recompute(invoice);
		this.instance.invoices().put(invoice);
		return invoice;
	}

	/** PUT: changes the given fields; {@code payments} are appended. */
	public synchronized Map<String, Object> update(long id, Map<String, Object> raw) {
		Map<String, Object> body = SpecTypes.coerce("InvoiceHeader", raw);
		Map<String, Object> invoice = Docs.copy(existing(id));
		Object oldStatus = invoice.get("status");
		int oldPayments = Docs.list(invoice.get("payments")).size();
		List<String> errors = new ArrayList<>();
		OffsetDateTime now = InvoiceBook.now();
		apply(invoice, body, errors, now, false);
		if (!errors.isEmpty()) {
			throw new CoupaValidationException(OBJECT, errors);
		}
		InvoiceTotals.recompute(invoice);
		invoice.put("updated-at", now);
		this.instance.invoices().put(invoice);
		if (Docs.list(invoice.get("payments")).size() > oldPayments || body.containsKey("paid")) {
			this.instance.publish(new CoupaChange(CoupaChange.Kind.INVOICE_PAYMENT, "invoices", id, invoice));
		}
		if (!Objects.equals(oldStatus, invoice.get("status"))) {
			this.instance.publish(new CoupaChange(CoupaChange.Kind.INVOICE_STATUS, "invoices", id, invoice));
		}
		return invoice;
	}

	/**
	 * {@code PUT /api/invoices/{id}?exported=true}: a request of its own; other changes in the body are
	 * ignored and API changes never reset the flag (NOTES §1.6).
	 */
	public synchronized Map<String, Object> markExported(long id, boolean exported) {
		Map<String, Object> invoice = Docs.copy(existing(id));
		invoice.put("exported", exported);
		if (exported) {
			invoice.put("last-exported-at", InvoiceBook.now());
		}
		this.instance.invoices().put(invoice);
		return invoice;
	}

	/** A status action (submit, approve, void, dispute, ...), allowed only from the given statuses. */
	public synchronized Map<String, Object> transition(long id, String target, Set<String> from) {
		Map<String, Object> invoice = Docs.copy(existing(id));
		if (!from.contains(invoice.get("status"))) {
			throw new CoupaValidationException(OBJECT,
					List.of("Invoice in status " + invoice.get("status") + " cannot be changed to " + target));
		}
		invoice.put("status", target);
		invoice.put("updated-at", InvoiceBook.now());
		this.instance.invoices().put(invoice);
		this.instance.publish(new CoupaChange(CoupaChange.Kind.INVOICE_STATUS, "invoices", id, invoice));
		return invoice;
	}

	public Map<String, Object> existing(long id) {
		Map<String, Object> invoice = this.instance.invoices().get(id);
		if (invoice == null) {
			throw new CoupaNotFoundException("invoices/" + id);
		}
		return invoice;
	}

	private void apply(Map<String, Object> invoice, Map<String, Object> body, List<String> errors, OffsetDateTime now,
			boolean creating) {
		for (Map.Entry<String, Object> entry : body.entrySet()) {
			String key = entry.getKey();
			Object value = entry.getValue();
			if (READ_ONLY.contains(key) || (creating && "supplier".equals(key))) {
				continue;
			}
			switch (key) {
				case "supplier" -> {
					Map<String, Object> s = References.find(this.instance.suppliers().all(), value, "id", "number",
							"name");
					if (s != null) {
						invoice.put(key, References.supplierRef(s));
					}
				}
				case "currency" -> putIfResolved(invoice, key, References.currency(value));
				case "payment-term" -> putIfResolved(invoice, key, References.paymentTerm(value));
				case "status" -> status(invoice, value, errors);
				case "invoice-date", "payment-date" -> invoice.put(key, DocValues.dateTime(value));
				case "paid" -> invoice.put(key, DocValues.bool(value));
				case "tax-amount", "tax-rate", "shipping-amount", "handling-amount", "misc-amount" ->
					invoice.put(key, DocValues.decimal(value));
				case "payments" -> {
					String error = Payments.append(invoice, value, this.instance.newChildId(), now);
					if (error != null) {
						errors.add(error);
					}
				}
				case "invoice-lines" -> invoice.put(key, new LineBuilder(this.instance)
					.merge(Docs.list(invoice.get(key)), value, Docs.map(invoice.get("currency")), errors));
				default -> invoice.put(key, value);
			}
		}
		invoice.putIfAbsent("invoice-lines", new ArrayList<>());
	}

	private static void status(Map<String, Object> invoice, Object value, List<String> errors) {
		String status = DocValues.string(value);
		if (!InvoiceFactory.STATUSES.contains(status)) {
			errors.add("Status " + status + " is not a valid status");
			return;
		}
		invoice.put("status", status);
	}

	private static void putIfResolved(Map<String, Object> invoice, String key, Map<String, Object> value) {
		if (value != null) {
			invoice.put(key, value);
		}
	}

	private boolean numberTaken(String number, Object supplierId) {
		return this.instance.invoices().generatedNumberTaken(number, supplierId)
				|| this.instance.invoices().overlayNumberTaken(number, supplierId);
	}

	private String supplierCurrency(Map<String, Object> supplier) {
		String number = DocValues.string(supplier.get("number"));
		return this.instance.world().supplier((number != null) ? number : "").map((s) -> s.currency()).orElse("USD");
	}

}
