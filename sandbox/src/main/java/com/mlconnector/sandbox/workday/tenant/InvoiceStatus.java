package com.mlconnector.sandbox.workday.tenant;

/**
 * Document status of a supplier invoice, reported as {@code Invoice_Document_Status_Reference} /
 * {@code Document_Status_ID}. Draft: saved with {@code Submit=false}; IN_PROGRESS: submitted, awaiting approval;
 * APPROVED: business process complete (posted); CANCELED. Approved and canceled invoices cannot be resubmitted.
 */
public enum InvoiceStatus {

	DRAFT("Draft"), IN_PROGRESS("In Progress"), APPROVED("Approved"), CANCELED("Canceled");

	private final String descriptor;

	InvoiceStatus(String descriptor) {
		this.descriptor = descriptor;
	}

	public String descriptor() {
		return this.descriptor;
	}

	/** The Document_Status_ID value. */
	public String id() {
		return name();
	}

	public boolean locked() {
		return this == APPROVED || this == CANCELED;
	}

}
