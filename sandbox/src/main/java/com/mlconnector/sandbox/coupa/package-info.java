/**
 * The Coupa sandbox: an in-memory Coupa instance with OAuth2 client credentials, the REST
 * resources the connector uses (invoices, suppliers, purchase orders, accounts), Coupa's query
 * syntax, JSON and XML, call-outs and signed webhooks, a rate limiter and an admin API. Built from
 * {@code ../shared/reference/coupa} (see {@code docs/sandbox-coupa.md} for which fact came from where).
 */
package com.mlconnector.sandbox.coupa;
