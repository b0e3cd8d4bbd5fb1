package com.mlconnector.sandbox.workday.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.mlconnector.sandbox.workday.soap.Dom;
import com.mlconnector.sandbox.workday.soap.Refs;
import com.mlconnector.sandbox.workday.soap.SoapFault;
import com.mlconnector.sandbox.workday.soap.ValidationError;
import com.mlconnector.sandbox.workday.tenant.InvoiceStatus;
import com.mlconnector.sandbox.workday.tenant.TenantData;
import com.mlconnector.sandbox.workday.tenant.WdCostCenter;
import com.mlconnector.sandbox.workday.tenant.WdInvoiceLine;
import com.mlconnector.sandbox.workday.tenant.WdSupplier;
import com.mlconnector.sandbox.workday.tenant.WdSupplierInvoice;
import com.mlconnector.sandbox.workday.tenant.Wids;
import com.mlconnector.sandbox.world.Company;

import org.w3c.dom.Element;

/** Validates one Submit_Supplier_Invoice_Request against the tenant and saves it; runs under the tenant lock. */
final class SupplierInvoiceSubmission {

	/** FM30's text for Add_Only resubmissions (Submit_Accounting_Journal_RequestType; same rule here). */
	static final String ADD_ONLY = "The Web Service is set to Add Only; documents cannot be resubmitted.";

	/** Sandbox text, modelled on FM30's journal text (the invoice text was not found). */
	static final String LOCKED = "The Supplier Invoice is approved or canceled and cannot be submitted.";

	/** Real texts (IDX 70819635247, NOTES.md §1). */
	static final String NUMBER_IN_USE = "Enter a Supplier's Invoice Number that isn't already in use on another "
			+ "supplier invoice";

	static final String NUMBER_IN_USE_DETAIL = "The supplier's invoice number entered is already in use.";

	private final TenantData data;

	private final Refs refs = new Refs();

	SupplierInvoiceSubmission(TenantData data) {
		this.data = data;
	}

	WdSupplierInvoice submit(Element request) {
		boolean addOnly = isTrue(Dom.attr(request, "Add_Only"));
		Element invoice = Dom.child(request, "Supplier_Invoice_Data");
		Element reference = Dom.child(request, "Supplier_Invoice_Reference");
		WdSupplierInvoice existing = this.refs.resolve(reference, false, null, request,
				(id) -> this.data.invoiceByReference(id.type(), id.value()));
		this.refs.throwIfAny();
		Element idElement = Dom.child(invoice, "Supplier_Invoice_ID");
		String supplierInvoiceId = Dom.text(invoice, "Supplier_Invoice_ID");
		Optional<WdSupplierInvoice> byId = (supplierInvoiceId != null)
				? this.data.invoiceByReference("Supplier_Invoice_Reference_ID", supplierInvoiceId) : Optional.empty();
		if (reference == null) {
			existing = byId.orElse(null);
		}
		else if (existing != null && byId.isPresent() && !byId.get().wid().equals(existing.wid())) {
			String text = "Choose a different Supplier_Invoice_ID. The current value is already in use by the "
					+ "Supplier Invoice: " + byId.get().invoiceNumber();
			throw SoapFault.validation(new ValidationError(text, text, Dom.xpath(idElement)));
		}
		if (existing != null && addOnly) {
			Element at = (idElement != null) ? idElement : reference;
			throw SoapFault.validation(new ValidationError(ADD_ONLY, ADD_ONLY, Dom.xpath(at)));
		}
		if (existing != null && existing.status().locked()) {
			throw SoapFault.validation(new ValidationError(LOCKED, LOCKED, Dom.xpath(request)));
		}
		return save(request, invoice, existing, supplierInvoiceId);
	}

	private WdSupplierInvoice save(Element request, Element invoice, WdSupplierInvoice existing, String supplierInvoiceId) {
		Company company = this.refs.resolve(Dom.child(invoice, "Company_Reference"), true, "Company_Reference", invoice,
				(id) -> switch (id.type()) {
					case "Company_Reference_ID", "Organization_Reference_ID" -> this.data.company(id.value());
					case "WID" -> this.data.companies().stream().filter((c) -> Wids.of("Company", c.id()).equals(id.value())).findFirst();
					default -> Optional.empty();
				});
		String currency = this.refs.resolve(Dom.child(invoice, "Currency_Reference"), true, "Currency_Reference",
				invoice, (id) -> "Currency_ID".equals(id.type()) && this.data.knowsCurrency(id.value())
						? Optional.of(id.value()) : Optional.empty());
		WdSupplier supplier = this.refs.resolve(Dom.child(invoice, "Supplier_Reference"), true, "Supplier_Reference",
				invoice, (id) -> this.data.supplierByReference(id.type(), id.value()));
		LocalDate invoiceDate = Dom.date(invoice, "Invoice_Date");
		if (invoiceDate == null) {
			this.refs.require("Invoice_Date", invoice);
		}
		List<WdInvoiceLine> lines = new ArrayList<>();
		for (Element line : Dom.children(invoice, "Invoice_Line_Replacement_Data")) {
			lines.add(line(line, company));
		}
		String suppliersNumber = Dom.text(invoice, "Suppliers_Invoice_Number");
		if (supplier != null && suppliersNumber != null && numberInUse(supplier, suppliersNumber, existing)) {
			this.refs.add(NUMBER_IN_USE, NUMBER_IN_USE_DETAIL, Dom.child(invoice, "Suppliers_Invoice_Number"));
		}
		boolean submit = Dom.flag(invoice, "Submit");
		BigDecimal control = Dom.decimal(invoice, "Control_Amount_Total");
		BigDecimal tax = Dom.decimal(invoice, "Tax_Amount");
		if (submit && control != null) {
			BigDecimal total = lines.stream().map(WdInvoiceLine::extendedAmount).filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.add(zero(tax)).add(zero(Dom.decimal(invoice, "Freight_Amount"))).add(zero(Dom.decimal(invoice, "Other_Charges")));
			if (control.compareTo(total) != 0) {
				String text = "The Control Amount Total (" + control.toPlainString() + ") must equal the invoice total ("
						+ total.toPlainString() + "): the sum of the lines' Extended Amounts plus tax, freight and other charges.";
				this.refs.add(text, text, Dom.child(invoice, "Control_Amount_Total"));
			}
		}
		this.refs.throwIfAny();
		boolean autoComplete = Dom.flag(Dom.child(request, "Business_Process_Parameters"), "Auto_Complete");
		InvoiceStatus status = !submit ? InvoiceStatus.DRAFT : autoComplete ? InvoiceStatus.APPROVED : InvoiceStatus.IN_PROGRESS;
		String number = (existing != null) ? existing.invoiceNumber() : this.data.nextInvoiceNumber();
		String id = (supplierInvoiceId != null) ? supplierInvoiceId
				: (existing != null) ? existing.supplierInvoiceId() : "SUPPLIER_INVOICE-" + number;
		String wid = (existing != null) ? existing.wid() : Wids.of("Supplier_Invoice", id);
		WdSupplierInvoice saved = new WdSupplierInvoice(wid, id, number, company.id(), currency, supplier.supplierId(),
				invoiceDate, Dom.date(invoice, "Due_Date_Override"), control, tax, suppliersNumber,
				Dom.text(invoice, "Memo"), status, List.copyOf(lines), Instant.now());
		this.data.putInvoice(saved);
		return saved;
	}

	private WdInvoiceLine line(Element line, Company company) {
		String spendCategory = this.refs.resolve(Dom.child(line, "Spend_Category_Reference"), true,
				"Spend_Category_Reference", line, (id) -> switch (id.type()) {
					case "Spend_Category_ID" -> this.data.spendCategory(id.value()).map((c) -> c.id());
					case "WID" -> this.data.spendCategories().stream().filter((c) -> c.wid().equals(id.value())).map((c) -> c.id()).findFirst();
					default -> Optional.empty();
				});
		String costCenter = null;
		for (Element worktag : Dom.children(line, "Worktags_Reference")) {
			WdCostCenter cc = this.refs.resolve(worktag, false, null, line, (id) -> switch (id.type()) {
				case "Cost_Center_Reference_ID", "Organization_Reference_ID" -> this.data.costCenter(id.value());
				default -> Optional.empty();
			});
			if (cc != null && !cc.active()) {
				// Real text (IDX 61920454753) for a cost center the company may not use; an inactive one is not usable.
				String text = "The Cost Center is/are not available for use with the company/s: "
						+ ((company != null) ? company.name() : "");
				this.refs.add(new ValidationError(text, text, Dom.referenceXpath(worktag)));
			}
			costCenter = (cc != null) ? cc.id() : costCenter;
		}
		BigDecimal quantity = Dom.decimal(line, "Quantity");
		BigDecimal unitCost = Dom.decimal(line, "Unit_Cost");
		BigDecimal extended = Dom.decimal(line, "Extended_Amount");
		if (extended == null && quantity != null && unitCost != null) {
			extended = quantity.multiply(unitCost);
		}
		if (extended == null) {
			this.refs.require("Extended_Amount", line);
		}
		return new WdInvoiceLine(Dom.text(line, "Line_Order"), Dom.text(line, "Item_Description"), spendCategory,
				quantity, unitCost, extended, Dom.text(line, "Memo"), costCenter);
	}

	private boolean numberInUse(WdSupplier supplier, String number, WdSupplierInvoice existing) {
		return this.data.invoices().stream().anyMatch((other) -> other.supplierId().equals(supplier.supplierId())
				&& number.equalsIgnoreCase(String.valueOf(other.suppliersInvoiceNumber()))
				&& other.status() != InvoiceStatus.CANCELED && (existing == null || !other.wid().equals(existing.wid())));
	}

	private static BigDecimal zero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	static boolean isTrue(String value) {
		return "true".equals(value) || "1".equals(value);
	}

}
