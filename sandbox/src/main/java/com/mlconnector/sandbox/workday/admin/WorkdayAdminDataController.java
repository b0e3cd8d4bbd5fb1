package com.mlconnector.sandbox.workday.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.mlconnector.sandbox.workday.soap.FaultQueue;
import com.mlconnector.sandbox.workday.soap.ValidationError;
import com.mlconnector.sandbox.workday.tenant.InvoiceStatus;
import com.mlconnector.sandbox.workday.tenant.WdSupplier;
import com.mlconnector.sandbox.workday.tenant.WdSupplierInvoice;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Workday-specific admin actions (mounted by {@link WorkdayAdminPaths}): data edits and views, queued faults. */
@RestController("workdaySandboxAdminDataController")
class WorkdayAdminDataController {

	private final AdminAuth auth;

	private final WorkdayTenant tenant;

	private final FaultQueue faultQueue;

	WorkdayAdminDataController(AdminAuth auth, WorkdayTenant tenant, FaultQueue faultQueue) {
		this.auth = auth;
		this.tenant = tenant;
		this.faultQueue = faultQueue;
	}

	@GetMapping("/suppliers")
	ResponseEntity<Object> suppliers(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return guarded(authorization, () -> ResponseEntity.ok(this.tenant.read((data) -> data.suppliers())));
	}

	/** Edits a supplier as a Workday user would: {@code {"name": "...", "status": "ACTIVE|INACTIVE"}}. */
	@PatchMapping("/suppliers/{supplierId}")
	ResponseEntity<Object> editSupplier(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@PathVariable String supplierId, @RequestBody Map<String, Object> body) {
		return guarded(authorization, () -> this.tenant.write((data) -> {
			Optional<WdSupplier> found = data.supplier(supplierId);
			if (found.isEmpty()) {
				return ResponseEntity.notFound().build();
			}
			WdSupplier supplier = found.get();
			Instant now = Instant.now();
			if (body.get("name") instanceof String name) {
				supplier = supplier.withName(name, now);
			}
			if (body.get("status") instanceof String status) {
				if (!status.equals("ACTIVE") && !status.equals("INACTIVE")) {
					return AdminAuth.badRequest("status must be ACTIVE or INACTIVE");
				}
				supplier = supplier.withStatus(status, now);
			}
			data.putSupplier(supplier);
			return ResponseEntity.ok(supplier);
		}));
	}

	@GetMapping("/supplier-invoices")
	ResponseEntity<Object> invoices(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return guarded(authorization, () -> ResponseEntity.ok(this.tenant.read((data) -> data.invoices())));
	}

	/** Completes approval ({@code approve}) or cancels ({@code cancel}) the invoice with this Supplier_Invoice_ID. */
	@PostMapping("/supplier-invoices/{supplierInvoiceId}/{action:approve|cancel}")
	ResponseEntity<Object> changeInvoice(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@PathVariable String supplierInvoiceId, @PathVariable String action) {
		return guarded(authorization, () -> this.tenant.write((data) -> {
			Optional<WdSupplierInvoice> found = data.invoiceByReference("Supplier_Invoice_Reference_ID", supplierInvoiceId);
			if (found.isEmpty()) {
				return ResponseEntity.notFound().build();
			}
			InvoiceStatus status = action.equals("approve") ? InvoiceStatus.APPROVED : InvoiceStatus.CANCELED;
			WdSupplierInvoice changed = found.get().withStatus(status, Instant.now());
			data.putInvoice(changed);
			return ResponseEntity.ok(changed);
		}));
	}

	@GetMapping("/journals")
	ResponseEntity<Object> journals(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return guarded(authorization, () -> ResponseEntity.ok(this.tenant.read((data) -> data.journals())));
	}

	/**
	 * Queues a Validation_Fault for the next call(s) of an operation: {@code {"operation":
	 * "Submit_Supplier_Invoice", "times": 1, "errors": [{"message": "...", "detailMessage": "...", "xpath": "..."}]}};
	 * with {@code "processingDetail"} instead of errors it queues a Processing_Fault.
	 */
	@PostMapping("/faults/workday")
	ResponseEntity<Object> queueFault(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody Map<String, Object> body) {
		return guarded(authorization, () -> {
			if (!(body.get("operation") instanceof String operation) || operation.isBlank()) {
				return AdminAuth.badRequest("operation is required, e.g. Submit_Supplier_Invoice");
			}
			List<ValidationError> errors = new ArrayList<>();
			if (body.get("errors") instanceof List<?> list) {
				for (Object item : list) {
					if (item instanceof Map<?, ?> error) {
						errors.add(new ValidationError(str(error.get("message")), str(error.get("detailMessage")),
								str(error.get("xpath"))));
					}
				}
			}
			String processing = str(body.get("processingDetail"));
			if (errors.isEmpty() && processing == null) {
				return AdminAuth.badRequest("give errors (Validation_Fault) or processingDetail (Processing_Fault)");
			}
			int times = (body.get("times") instanceof Number n) ? n.intValue() : 1;
			this.faultQueue.enqueue(operation.replaceFirst("_Request$", ""), new FaultQueue.Queued(errors, processing),
					times);
			return ResponseEntity.ok(this.faultQueue.pending());
		});
	}

	@GetMapping("/faults/workday")
	ResponseEntity<Object> queuedFaults(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return guarded(authorization, () -> ResponseEntity.ok(this.faultQueue.pending()));
	}

	@DeleteMapping("/faults/workday")
	ResponseEntity<Object> clearQueued(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return guarded(authorization, () -> {
			this.faultQueue.clear();
			return ResponseEntity.noContent().build();
		});
	}

	private ResponseEntity<Object> guarded(String authorization, Supplier<ResponseEntity<Object>> action) {
		return this.auth.allowed(authorization) ? action.get() : AdminAuth.unauthorized();
	}

	private static String str(Object value) {
		return (value instanceof String s && !s.isBlank()) ? s : null;
	}

}
