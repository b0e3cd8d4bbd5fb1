/**
 * The REST resources of Workday's published specs (reference/workday/rest) that bear on the connector, behind a
 * bearer token from the refresh-token grant: accountsPayable v1 supplierInvoiceRequests, common v1 organizations
 * (companies and cost centers) and currencies, coreAccounting v1 currencies. Workday has no REST resources for
 * suppliers, posted supplier invoices, ledger accounts or spend categories (NOTES.md §4), so neither has the sandbox;
 * those are SOAP only. Collections are {@code {"total": n, "data": [...]}}, errors {@code {"error": "..."}} (AP1).
 */
package com.mlconnector.sandbox.workday.rest;
