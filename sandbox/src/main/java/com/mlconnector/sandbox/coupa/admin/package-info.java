/**
 * The Coupa sandbox admin API under {@code {prefix}/_admin} (HTTP Basic {@code sandbox.admin.*}, JSON
 * in and out): reset/seed, Coupa knobs, generic fault knobs, request log, invoice and supplier actions,
 * event targets and the delivery log.
 */
package com.mlconnector.sandbox.coupa.admin;
