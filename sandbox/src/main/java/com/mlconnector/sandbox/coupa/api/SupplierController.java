package com.mlconnector.sandbox.coupa.api;

import java.util.List;
import java.util.Map;

import com.mlconnector.sandbox.coupa.doc.Docs;
import com.mlconnector.sandbox.coupa.query.CoupaQuery;
import com.mlconnector.sandbox.coupa.store.CoupaInstance;
import com.mlconnector.sandbox.coupa.store.CoupaNotFoundException;
import com.mlconnector.sandbox.coupa.store.SupplierWrites;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/suppliers} and remit-to addresses {@code /api/suppliers/{id}/addresses} (NOTES §3.4). */
@RestController("coupaSandboxSupplierController")
@RequestMapping("${sandbox.coupa.path-prefix:/sandbox/coupa}/api/suppliers")
class SupplierController {

	private static final String ROOT = "supplier";

	private static final String ADDRESS_ROOT = "remit-to-address";

	private final CoupaInstance instance;

	private final SupplierWrites writes;

	SupplierController(CoupaInstance instance, SupplierWrites writes) {
		this.instance = instance;
		this.writes = writes;
	}

	@GetMapping
	ResponseEntity<String> list(HttpServletRequest request) {
		CoupaQuery query = ApiSupport.query(request);
		return ApiSupport.list(request, query, "suppliers", query.run(this.instance.suppliers().stream()));
	}

	@GetMapping("/{id}")
	ResponseEntity<String> show(@PathVariable long id, HttpServletRequest request) {
		return ApiSupport.one(request, HttpStatus.OK, ROOT, this.writes.existing(id));
	}

	@PostMapping
	ResponseEntity<String> create(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		return ApiSupport.one(request, HttpStatus.CREATED, ROOT, this.writes.create(ApiSupport.body(request, body)));
	}

	@RequestMapping(path = "/{id}", method = { RequestMethod.PUT, RequestMethod.PATCH })
	ResponseEntity<String> update(@PathVariable long id, @RequestBody(required = false) byte[] body,
			HttpServletRequest request) {
		return ApiSupport.one(request, HttpStatus.OK, ROOT, this.writes.update(id, ApiSupport.body(request, body)));
	}

	@GetMapping("/{id}/addresses")
	ResponseEntity<String> addresses(@PathVariable long id, HttpServletRequest request) {
		CoupaQuery query = ApiSupport.query(request);
		return ApiSupport.list(request, query, "remit-to-addresses", query.run(addressesOf(id).stream()));
	}

	@GetMapping("/{id}/addresses/{addressId}")
	ResponseEntity<String> address(@PathVariable long id, @PathVariable long addressId, HttpServletRequest request) {
		Map<String, Object> address = addressesOf(id).stream()
			.filter((a) -> Long.valueOf(addressId).equals(a.get("id")))
			.findFirst()
			.orElseThrow(() -> new CoupaNotFoundException("addresses/" + addressId));
		return ApiSupport.one(request, HttpStatus.OK, ADDRESS_ROOT, address);
	}

	@PostMapping("/{id}/addresses")
	ResponseEntity<String> addAddress(@PathVariable long id, @RequestBody(required = false) byte[] body,
			HttpServletRequest request) {
		return ApiSupport.one(request, HttpStatus.CREATED, ADDRESS_ROOT,
				this.writes.addRemitTo(id, ApiSupport.body(request, body)));
	}

	private List<Map<String, Object>> addressesOf(long id) {
		List<Object> list = Docs.list(this.writes.existing(id).get("remit-to-addresses"));
		return (list != null) ? list.stream().map(Docs::map).toList() : List.of();
	}

}
