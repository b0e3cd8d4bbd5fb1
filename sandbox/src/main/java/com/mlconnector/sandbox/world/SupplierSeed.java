package com.mlconnector.sandbox.world;

/**
 * One supplier of the universe, with where it exists and how the two systems differ.
 *
 * @param index 0-based position in {@link World#suppliers()}
 * @param supplierNumber shared business key, e.g. {@code S-00001}
 * @param name name as Coupa has it
 * @param taxId tax id (same in both systems)
 * @param inCoupa whether the Coupa sandbox has this supplier
 * @param inWorkday whether the Workday sandbox has this supplier
 * @param workdayName name as Workday has it; differs from {@code name} for some suppliers
 * @param currency default invoice currency
 * @param paymentTerms payment terms code, e.g. {@code Net 30}
 */
public record SupplierSeed(int index, String supplierNumber, String name, String taxId, boolean inCoupa,
		boolean inWorkday, String workdayName, String currency, String paymentTerms) {

	/** Whether both systems have the supplier but under different names. */
	public boolean nameDiffers() {
		return this.inCoupa && this.inWorkday && !this.name.equals(this.workdayName);
	}

}
