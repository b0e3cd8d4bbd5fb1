package com.mlconnector.sandbox.workday.suppliers;

import com.mlconnector.sandbox.workday.soap.XmlOut;
import com.mlconnector.sandbox.workday.tenant.WdSupplier;

/** Writes a supplier's reference and Supplier_Data in the (RM28-derived) schema order. */
final class SupplierXml {

	private SupplierXml() {
	}

	static void reference(XmlOut out, WdSupplier supplier) {
		out.ref("wd:Supplier_Reference", supplier.name(), "WID", supplier.wid(), "Supplier_ID", supplier.supplierId(),
				"Supplier_Reference_ID", supplier.referenceId());
	}

	static void data(XmlOut out, WdSupplier supplier) {
		out.start("wd:Supplier_Data")
			.leaf("wd:Supplier_ID", supplier.supplierId())
			.leaf("wd:Supplier_Reference_ID", supplier.referenceId())
			.leaf("wd:Supplier_Name", supplier.name());
		if (supplier.taxId() != null) {
			out.start("wd:Tax_ID_Data").leaf("wd:Tax_ID_Text", supplier.taxId()).leaf("wd:Primary_Tax_ID", "1").end();
		}
		if (supplier.paymentTerms() != null) {
			out.ref("wd:Payment_Terms_Reference", supplier.paymentTerms(), "Payment_Terms_ID",
					supplier.paymentTerms().replace(' ', '_'));
		}
		out.start("wd:Business_Entity_Data").leaf("wd:Business_Entity_Name", supplier.name());
		if (supplier.taxId() != null) {
			out.leaf("wd:Business_Entity_Tax_ID", supplier.taxId());
		}
		out.end()
			.start("wd:Supplier_Status_Data")
			.ref("wd:Status_Reference", supplier.active() ? "Active" : "Inactive", "Business_Entity_Status_Value_ID",
					supplier.status())
			.end();
		if (supplier.currency() != null) {
			out.ref("wd:Currency_Reference", supplier.currency(), "Currency_ID", supplier.currency());
		}
		out.end();
	}

}
