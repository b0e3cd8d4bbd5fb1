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

/** Creates and changes suppliers and their remit-to addresses (NOTES §3.4, samples {@code supplier-*}). */
@Component("coupaSandboxSupplierWrites")
public class SupplierWrites {

	static final String OBJECT = "supplier";

	private static final Set<String> READ_ONLY = Set.of("id", "created-at", "updated-at", "created-by", "updated-by");

	private static final Set<String> STATUSES = Set.of("active", "inactive", "draft");

	private final CoupaInstance instance;

	public SupplierWrites(CoupaInstance instance) {
		this.instance = instance;
	}

	public synchronized Map<String, Object> create(Map<String, Object> raw) {
		Map<String, Object> body = SpecTypes.coerce("Supplier", raw);
		OffsetDateTime now = InvoiceBook.now();
		Map<String, Object> supplier = Docs.doc("id", this.instance.suppliers().newId(), "created-at", now,
				"updated-at", now, "status", "active", "remit-to-addresses", new ArrayList<>());
		List<String> errors = new ArrayList<>();
		apply(supplier, body, errors);
		Object name = body.get("name");
		if (name == null || name.toString().isBlank()) {
			errors.add("Name can't be blank");
		}
		if (!errors.isEmpty()) {
			throw new CoupaValidationException(OBJECT, errors);
		}
		this.instance.suppliers().put(supplier);
		this.instance.publish(new CoupaChange(CoupaChange.Kind.SUPPLIER, "suppliers", (Long) supplier.get("id"),
				supplier));
		return supplier;
	}

	public synchronized Map<String, Object> update(long id, Map<String, Object> raw) {
		Map<String, Object> body = SpecTypes.coerce("Supplier", raw);
		Map<String, Object> supplier = Docs.copy(existing(id));
		List<String> errors = new ArrayList<>();
		apply(supplier, body, errors);
		if (!errors.isEmpty()) {
			throw new CoupaValidationException(OBJECT, errors);
		}
		supplier.put("updated-at", InvoiceBook.now());
		this.instance.suppliers().put(supplier);
		this.instance.publish(new CoupaChange(CoupaChange.Kind.SUPPLIER, "suppliers", id, supplier));
		return supplier;
	}

	/** {@code POST /api/suppliers/{id}/addresses} (sample {@code remit-to-address-create.xml}). */
	public synchronized Map<String, Object> addRemitTo(long supplierId, Map<String, Object> raw) {
		Map<String, Object> body = SpecTypes.coerce("RemitToAddress", raw);
		Map<String, Object> supplier = Docs.copy(existing(supplierId));
		if (body.get("remit-to-code") == null) {
			throw new CoupaValidationException("remit-to-address", List.of("Remit to code can't be blank"));
		}
		OffsetDateTime now = InvoiceBook.now();
		Map<String, Object> address = Docs.doc("id", this.instance.newChildId(), "created-at", now, "updated-at",
				now, "active", true);
		body.forEach((key, value) -> {
			if (!READ_ONLY.contains(key)) {
				address.put(key, "active".equals(key) ? DocValues.bool(value) : value);
			}
		});
		Docs.list(supplier.computeIfAbsent("remit-to-addresses", (k) -> new ArrayList<>())).add(address);
		supplier.put("updated-at", now);
		this.instance.suppliers().put(supplier);
		this.instance.publish(new CoupaChange(CoupaChange.Kind.SUPPLIER, "suppliers", supplierId, supplier));
		return address;
	}

	public Map<String, Object> existing(long id) {
		Map<String, Object> supplier = this.instance.suppliers().get(id);
		if (supplier == null) {
			throw new CoupaNotFoundException("suppliers/" + id);
		}
		return supplier;
	}

	private void apply(Map<String, Object> supplier, Map<String, Object> body, List<String> errors) {
		body.forEach((key, value) -> {
			if (READ_ONLY.contains(key)) {
				return;
			}
			switch (key) {
				case "name", "number" -> unique(supplier, key, DocValues.string(value), errors);
				case "status" -> {
					if (STATUSES.contains(DocValues.string(value))) {
						supplier.put(key, DocValues.string(value));
					}
					else {
						errors.add("Status is not included in the list");
					}
				}
				case "payment-term" -> {
					Map<String, Object> term = References.paymentTerm(value);
					if (term != null) {
						supplier.put(key, term);
					}
				}
				case "on-hold", "buyer-hold" -> supplier.put(key, DocValues.bool(value));
				case "savings-pct" -> supplier.put(key, DocValues.decimal(value));
				default -> supplier.put(key, value);
			}
		});
	}

	private void unique(Map<String, Object> supplier, String key, String value, List<String> errors) {
		boolean taken = value != null && this.instance.suppliers()
			.stream()
			.anyMatch((other) -> !Objects.equals(other.get("id"), supplier.get("id")) && value.equals(other.get(key)));
		if (taken) {
			errors.add(("name".equals(key) ? "Name" : "Number") + " has already been taken");
			return;
		}
		supplier.put(key, value);
	}

}
