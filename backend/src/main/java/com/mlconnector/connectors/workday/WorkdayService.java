package com.mlconnector.connectors.workday;

/** The Workday web services the connector calls; each operation belongs to exactly one (NOTES §2.1, §2.6). */
enum WorkdayService {

	/** Journals and reference data: companies, cost centers, account sets, resource (spend) categories. */
	FINANCIAL_MANAGEMENT("Financial_Management"),
	/** Suppliers and supplier invoices. */
	RESOURCE_MANAGEMENT("Resource_Management");

	private final String pathName;

	WorkdayService(String pathName) {
		this.pathName = pathName;
	}

	String pathName() {
		return pathName;
	}

}
