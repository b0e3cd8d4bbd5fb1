package com.mlconnector.sandbox.workday.tenant;

import java.time.Instant;

/**
 * A supplier. {@code supplierId} is the {@code Supplier_ID} (the shared World's supplier number, so both sandboxes
 * agree on it); {@code status} is {@code ACTIVE} or {@code INACTIVE}.
 */
public record WdSupplier(String wid, String supplierId, String referenceId, String name, String taxId, String currency,
		String paymentTerms, String status, Instant updatedAt) {

	public WdSupplier withName(String newName, Instant at) {
		return new WdSupplier(this.wid, this.supplierId, this.referenceId, newName, this.taxId, this.currency,
				this.paymentTerms, this.status, at);
	}

	public WdSupplier withStatus(String newStatus, Instant at) {
		return new WdSupplier(this.wid, this.supplierId, this.referenceId, this.name, this.taxId, this.currency,
				this.paymentTerms, newStatus, at);
	}

	public boolean active() {
		return "ACTIVE".equals(this.status);
	}

}
