/**
 * Workday sandbox: one tenant ({@code mlc_demo} by default) answering the SOAP (Workday Web Services) and REST
 * calls the connector makes, under {@code ${sandbox.workday.path-prefix}}. Behaviour follows
 * {@code shared/reference/workday/NOTES.md}; docs/sandbox-workday.md says which reference each rule came from.
 * Feature packages: {@code soap} (envelope, WS-Security, schema, faults), {@code invoices}, {@code suppliers},
 * {@code journals}, {@code reference} (companies, cost centers, account sets, spend categories), {@code oauth},
 * {@code rest}, {@code admin}; {@code tenant} holds the in-memory data seeded from the shared World.
 */
package com.mlconnector.sandbox.workday;
