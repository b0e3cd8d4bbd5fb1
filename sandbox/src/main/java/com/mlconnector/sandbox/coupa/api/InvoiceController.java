package com.mlconnector.sandbox.coupa.api;

import java.util.Map;
import java.util.Set;

import com.mlconnector.sandbox.coupa.query.CoupaQuery;
import com.mlconnector.sandbox.coupa.store.CoupaInstance;
import com.mlconnector.sandbox.coupa.store.InvoiceBook;
import com.mlconnector.sandbox.coupa.store.InvoiceWrites;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/invoices} (NOTES §3.1, §3.2, §1.6; R39 Invoicing spec). */
@RestController("coupaSandboxInvoiceController")
@RequestMapping("${sandbox.coupa.path-prefix:/sandbox/coupa}/api/invoices")
class InvoiceController {

	static final String ROOT = "invoice-header";

	private final CoupaInstance instance;

	private final InvoiceWrites writes;

	InvoiceController(CoupaInstance instance, InvoiceWrites writes) {
		this.instance = instance;
		this.writes = writes;
	}

	@GetMapping
	ResponseEntity<String> list(HttpServletRequest request) {
		CoupaQuery query = ApiSupport.query(request);
		InvoiceBook book = this.instance.invoices();
		return ApiSupport.list(request, query, "invoice-headers", query.run(book.size(), book::get, book.cursors()));
	}

	@GetMapping("/{id}")
	ResponseEntity<String> show(@PathVariable long id, HttpServletRequest request) {
		return ApiSupport.one(request, HttpStatus.OK, ROOT, this.writes.existing(id));
	}

	@PostMapping
	ResponseEntity<String> create(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		return ApiSupport.one(request, HttpStatus.CREATED, ROOT, this.writes.create(ApiSupport.body(request, body)));
	}

	/** {@code ?exported=true} is a request of its own: the body is then ignored ([DOC S-SA]). */
	@RequestMapping(path = "/{id}", method = { RequestMethod.PUT, RequestMethod.PATCH })
	ResponseEntity<String> update(@PathVariable long id, @RequestParam(required = false) Boolean exported,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		Map<String, Object> invoice = (exported != null) ? this.writes.markExported(id, exported)
				: this.writes.update(id, ApiSupport.body(request, body));
		return ApiSupport.one(request, HttpStatus.OK, ROOT, invoice);
	}

	@RequestMapping(path = "/{id}/submit", method = RequestMethod.PUT)
	ResponseEntity<String> submit(@PathVariable long id, HttpServletRequest request) {
		return action(id, "pending_approval", Set.of("draft", "new"), request);
	}

	/** Buyers may void pending_receipt, approved or draft invoices ([DOC S-INV]). */
	@RequestMapping(path = "/{id}/void", method = RequestMethod.PUT)
	ResponseEntity<String> voidInvoice(@PathVariable long id, HttpServletRequest request) {
		return action(id, "voided", Set.of("pending_receipt", "approved", "draft"), request);
	}

	@RequestMapping(path = "/{id}/dispute", method = RequestMethod.PUT)
	ResponseEntity<String> dispute(@PathVariable long id, HttpServletRequest request) {
		return action(id, "disputed", Set.of("pending_approval", "pending_receipt", "on_hold", "ap_hold", "approved"),
				request);
	}

	@RequestMapping(path = "/{id}/withdraw_dispute", method = RequestMethod.PUT)
	ResponseEntity<String> withdrawDispute(@PathVariable long id, HttpServletRequest request) {
		return action(id, "draft", Set.of("disputed"), request);
	}

	@RequestMapping(path = "/{id}/abandon", method = RequestMethod.PUT)
	ResponseEntity<String> abandon(@PathVariable long id, HttpServletRequest request) {
		return action(id, "abandoned", Set.of("draft", "new", "disputed"), request);
	}

	private ResponseEntity<String> action(long id, String target, Set<String> from, HttpServletRequest request) {
		return ApiSupport.one(request, HttpStatus.OK, ROOT, this.writes.transition(id, target, from));
	}

}
