package com.mlconnector.sandbox.coupa.api;

import java.util.Map;

import com.mlconnector.sandbox.coupa.query.CoupaQuery;
import com.mlconnector.sandbox.coupa.store.CoupaInstance;
import com.mlconnector.sandbox.coupa.store.PurchaseOrderWrites;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/purchase_orders} (NOTES §3.5; R39 Purchasing spec). */
@RestController("coupaSandboxPurchaseOrderController")
@RequestMapping("${sandbox.coupa.path-prefix:/sandbox/coupa}/api/purchase_orders")
class PurchaseOrderController {

	private static final String ROOT = "order-header";

	private final CoupaInstance instance;

	private final PurchaseOrderWrites writes;

	PurchaseOrderController(CoupaInstance instance, PurchaseOrderWrites writes) {
		this.instance = instance;
		this.writes = writes;
	}

	@GetMapping
	ResponseEntity<String> list(HttpServletRequest request) {
		CoupaQuery query = ApiSupport.query(request);
		return ApiSupport.list(request, query, "order-headers", query.run(this.instance.purchaseOrders().stream()));
	}

	@GetMapping("/{id}")
	ResponseEntity<String> show(@PathVariable long id, HttpServletRequest request) {
		return ApiSupport.one(request, HttpStatus.OK, ROOT, this.writes.existing(id));
	}

	/** {@code <_close>}/{@code <_cancel>} in the body, or {@code ?exported=} on its own ([DOC S-PO]). */
	@RequestMapping(path = "/{id}", method = { RequestMethod.PUT, RequestMethod.PATCH })
	ResponseEntity<String> update(@PathVariable long id, @RequestParam(required = false) Boolean exported,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		Map<String, Object> order = (exported != null) ? this.writes.markExported(id, exported)
				: this.writes.update(id, ApiSupport.body(request, body));
		return ApiSupport.one(request, HttpStatus.OK, ROOT, order);
	}

	@RequestMapping(path = "/{id}/close", method = RequestMethod.PUT)
	ResponseEntity<String> close(@PathVariable long id, HttpServletRequest request) {
		return ApiSupport.one(request, HttpStatus.OK, ROOT, this.writes.update(id, Map.of("-close", true)));
	}

	@RequestMapping(path = "/{id}/cancel", method = RequestMethod.PUT)
	ResponseEntity<String> cancel(@PathVariable long id, HttpServletRequest request) {
		return ApiSupport.one(request, HttpStatus.OK, ROOT, this.writes.update(id, Map.of("-cancel", true)));
	}

}
