/**
 * The state of one Coupa instance: reference data built from the
 * {@link com.mlconnector.sandbox.world.World}, invoices derived lazily from (seed, index) with an
 * overlay of changed and created ones, so 100,000 invoices cost almost no memory.
 */
package com.mlconnector.sandbox.coupa.store;
