package com.mlconnector.connectors.coupa;

import java.time.OffsetDateTime;
import java.util.List;

/** A Coupa supplier ({@code /api/suppliers}) with the fields the supplier sync compares and maps. */
public record CoupaSupplier(Long id, String name, String displayName, String number, String status, String taxId,
		String accountNumber, String duns, String paymentMethod, Boolean onHold, CoupaRef paymentTerm,
		Address primaryAddress, List<Address> remitToAddresses, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

	public CoupaSupplier {
		remitToAddresses = (remitToAddresses != null) ? List.copyOf(remitToAddresses) : List.of();
	}

	/** A primary or remit-to address; {@code country} carries the ISO code. */
	public record Address(Long id, String remitToCode, String name, String street1, String street2, String city,
			String state, String postalCode, CoupaRef country, Boolean active) {

	}

}
