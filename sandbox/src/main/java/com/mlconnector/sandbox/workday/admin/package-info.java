/**
 * Admin API of the Workday sandbox at {@code {prefix}/_admin/...} (HTTP Basic {@code sandbox.admin.username} /
 * {@code sandbox.admin.password}, JSON): reset and reseed, generic fault knobs, queued Workday validation and
 * processing faults, the request log, supplier edits, invoice approval or cancellation, token expiry, and read-only
 * views of what the connector wrote. Not part of Workday; shaped like the Coupa sandbox's admin API (contract).
 */
package com.mlconnector.sandbox.workday.admin;
