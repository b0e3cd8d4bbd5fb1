/**
 * The Coupa REST resources under {@code {prefix}/api}: invoices, suppliers (with remit-to
 * addresses), purchase orders and accounts, in JSON and XML.
 */
package com.mlconnector.sandbox.coupa.api;
