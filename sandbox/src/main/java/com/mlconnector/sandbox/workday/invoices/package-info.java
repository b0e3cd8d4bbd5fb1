/**
 * Supplier invoices over SOAP (Resource_Management, RM28 shapes): Submit_Supplier_Invoice with Workday's
 * validations (reference IDs, Supplier_Invoice_ID unique in the tenant, supplier's invoice number unique per
 * supplier, Add_Only, control total, no resubmission of approved or canceled invoices) and Get_Supplier_Invoices.
 */
package com.mlconnector.sandbox.workday.invoices;
