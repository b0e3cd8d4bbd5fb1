package com.mlconnector.sandbox.coupa.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mlconnector.sandbox.coupa.doc.DocValues;
import com.mlconnector.sandbox.coupa.doc.Docs;
import com.mlconnector.sandbox.coupa.events.Delivery;
import com.mlconnector.sandbox.coupa.events.EventTarget;
import com.mlconnector.sandbox.coupa.events.EventTargets;
import com.mlconnector.sandbox.coupa.store.CoupaNotFoundException;
import com.mlconnector.sandbox.coupa.store.CoupaValidationException;
import com.mlconnector.sandbox.coupa.store.InvoiceWrites;
import com.mlconnector.sandbox.coupa.store.SupplierWrites;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What happens inside Coupa without the API: approvals, voids, payments recorded by AP, supplier edits
 * in the UI; plus event targets and the delivery log. Each change fires the same events as the API.
 */
@RestController("coupaSandboxAdminActionsController")
@RequestMapping("${sandbox.coupa.path-prefix:/sandbox/coupa}/_admin")
class CoupaAdminActionsController {

	private static final Set<String> APPROVABLE = Set.of("draft", "new", "pending_approval", "pending_receipt",
			"on_hold", "ap_hold", "booking_hold", "pending_action", "disputed");

	private static final Set<String> VOIDABLE = Set.of("draft", "new", "pending_approval", "pending_receipt",
			"approved", "on_hold", "ap_hold", "disputed");

	private final InvoiceWrites invoices;

	private final SupplierWrites suppliers;

	private final EventTargets events;

	CoupaAdminActionsController(InvoiceWrites invoices, SupplierWrites suppliers, EventTargets events) {
		this.invoices = invoices;
		this.suppliers = suppliers;
		this.events = events;
	}

	@PostMapping("/invoices/{id}/approve")
	ResponseEntity<String> approve(@PathVariable long id) {
		return AdminJson.ok(this.invoices.transition(id, "approved", APPROVABLE));
	}

	@PostMapping("/invoices/{id}/void")
	ResponseEntity<String> voidInvoice(@PathVariable long id) {
		return AdminJson.ok(this.invoices.transition(id, "voided", VOIDABLE));
	}

	/** Body: {@code {"amount-paid": "10.00", "check-number": "..", "payment-date": "..", "notes": ".."}}. */
	@PostMapping("/invoices/{id}/payments")
	ResponseEntity<String> pay(@PathVariable long id, @RequestBody(required = false) byte[] body) {
		Map<String, Object> payment = AdminJson.read(body);
		if (payment.get("amount-paid") == null) {
			Object due = this.invoices.existing(id).get("amount-due");
			payment.put("amount-paid", due);
		}
		return AdminJson.ok(this.invoices.update(id, Docs.doc("payments", List.of(payment))));
	}

	@PutMapping("/suppliers/{id}")
	ResponseEntity<String> editSupplier(@PathVariable long id, @RequestBody(required = false) byte[] body) {
		return AdminJson.ok(this.suppliers.update(id, AdminJson.read(body)));
	}

	@GetMapping("/event-targets")
	ResponseEntity<String> targets() {
		return AdminJson.ok(this.events.targets().stream().map(CoupaAdminActionsController::target).toList());
	}

	@PostMapping("/event-targets")
	ResponseEntity<String> addTarget(@RequestBody(required = false) byte[] body) {
		Map<String, Object> in = AdminJson.read(body);
		EventTarget target = this.events.add(new EventTarget(null, str(in, "type"), str(in, "url"), str(in, "format"),
				set(in.get("events")), set(in.get("statuses")), str(in, "tokenUrl"), str(in, "clientId"),
				str(in, "clientSecret"), str(in, "scope"), str(in, "secret")));
		return ResponseEntity.status(HttpStatus.CREATED).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(com.mlconnector.sandbox.coupa.doc.JsonDocs.write(target(target)));
	}

	@DeleteMapping("/event-targets/{id}")
	ResponseEntity<String> removeTarget(@PathVariable String id) {
		if (!this.events.remove(id)) {
			return AdminJson.error(HttpStatus.NOT_FOUND, "no event target " + id);
		}
		return AdminJson.ok(Docs.doc("removed", id));
	}

	@GetMapping("/deliveries")
	ResponseEntity<String> deliveries() {
		List<Object> result = new ArrayList<>();
		for (Delivery d : this.events.deliveries()) {
			List<Object> attempts = new ArrayList<>();
			d.attempts().forEach((a) -> attempts.add(Docs.doc("at", a.at().toString(), "status", (long) a.status(),
					"error", a.error())));
			result.add(Docs.doc("id", d.id(), "target-id", d.targetId(), "event", d.event(), "resource", d.resource(),
					"record-id", d.recordId(), "state", d.state().value(), "attempts", attempts));
		}
		return AdminJson.ok(result);
	}

	@DeleteMapping("/deliveries")
	ResponseEntity<String> clearDeliveries() {
		this.events.clearDeliveries();
		return AdminJson.ok(Docs.doc("cleared", true));
	}

	@ExceptionHandler(CoupaNotFoundException.class)
	ResponseEntity<String> notFound(CoupaNotFoundException ex) {
		return AdminJson.error(HttpStatus.NOT_FOUND, "not found: " + ex.getMessage());
	}

	@ExceptionHandler(CoupaValidationException.class)
	ResponseEntity<String> invalid(CoupaValidationException ex) {
		return AdminJson.error(HttpStatus.UNPROCESSABLE_CONTENT, String.join("; ", ex.messages()));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<String> badRequest(IllegalArgumentException ex) {
		return AdminJson.error(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	private static Map<String, Object> target(EventTarget t) {
		return Docs.doc("id", t.id(), "type", t.type(), "url", t.url(), "format", t.format(), "events",
				(t.events() != null) ? List.copyOf(t.events()) : List.of(), "statuses",
				(t.statuses() != null) ? List.copyOf(t.statuses()) : List.of(), "tokenUrl", t.tokenUrl(), "clientId",
				t.clientId(), "scope", t.scope(), "secret", t.secret());
	}

	private static String str(Map<String, Object> in, String camel) {
		return DocValues.string(AdminJson.get(in, camel));
	}

	private static Set<String> set(Object value) {
		List<Object> list = Docs.list(value);
		Set<String> result = new HashSet<>();
		if (list != null) {
			list.forEach((v) -> result.add(String.valueOf(v)));
		}
		return result;
	}

}
