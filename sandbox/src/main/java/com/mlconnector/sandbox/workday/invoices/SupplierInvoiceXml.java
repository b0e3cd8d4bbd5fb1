package com.mlconnector.sandbox.workday.invoices;

import com.mlconnector.sandbox.workday.soap.XmlOut;
import com.mlconnector.sandbox.workday.tenant.InvoiceStatus;
import com.mlconnector.sandbox.workday.tenant.WdInvoiceLine;
import com.mlconnector.sandbox.workday.tenant.WdSupplierInvoice;

/** Writes a supplier invoice's reference and Supplier_Invoice_Data in schema order. */
final class SupplierInvoiceXml {

	private SupplierInvoiceXml() {
	}

	static void reference(XmlOut out, WdSupplierInvoice invoice) {
		out.ref("wd:Supplier_Invoice_Reference", "Supplier Invoice: " + invoice.invoiceNumber(), "WID", invoice.wid(),
				"Supplier_Invoice_Reference_ID", invoice.supplierInvoiceId());
	}

	static void data(XmlOut out, WdSupplierInvoice invoice) {
		out.start("wd:Supplier_Invoice_Data")
			.leaf("wd:Supplier_Invoice_ID", invoice.supplierInvoiceId())
			.leaf("wd:Submit", invoice.status() == InvoiceStatus.DRAFT ? "0" : "1")
			.leaf("wd:Locked_in_Workday", "0")
			.leaf("wd:Invoice_Number", invoice.invoiceNumber())
			.ref("wd:Invoice_Document_Status_Reference", invoice.status().descriptor(), "Document_Status_ID",
					invoice.status().id())
			.ref("wd:Company_Reference", invoice.companyId(), "Company_Reference_ID", invoice.companyId())
			.ref("wd:Currency_Reference", invoice.currency(), "Currency_ID", invoice.currency())
			.ref("wd:Supplier_Reference", invoice.supplierId(), "Supplier_ID", invoice.supplierId())
			.leaf("wd:Invoice_Date", invoice.invoiceDate())
			.leaf("wd:Due_Date_Override", invoice.dueDate())
			.leaf("wd:Control_Amount_Total", invoice.controlTotal())
			.leaf("wd:Tax_Amount", invoice.taxAmount())
			.leaf("wd:Suppliers_Invoice_Number", invoice.suppliersInvoiceNumber())
			.leaf("wd:Memo", invoice.memo());
		for (WdInvoiceLine line : invoice.lines()) {
			out.start("wd:Invoice_Line_Replacement_Data")
				.leaf("wd:Line_Order", line.lineOrder())
				.leaf("wd:Item_Description", line.description());
			if (line.spendCategoryId() != null) {
				out.ref("wd:Spend_Category_Reference", line.spendCategoryId(), "Spend_Category_ID",
						line.spendCategoryId());
			}
			out.leaf("wd:Quantity", line.quantity())
				.leaf("wd:Unit_Cost", line.unitCost())
				.leaf("wd:Extended_Amount", line.extendedAmount())
				.leaf("wd:Memo", line.memo());
			if (line.costCenterId() != null) {
				out.ref("wd:Worktags_Reference", line.costCenterId(), "Cost_Center_Reference_ID", line.costCenterId());
			}
			out.end();
		}
		out.end();
	}

}
