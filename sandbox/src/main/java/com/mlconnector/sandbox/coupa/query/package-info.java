/**
 * Coupa's query syntax (NOTES §1.3–1.5): {@code attr[op]=value} filters, association paths,
 * {@code offset}/{@code limit} paging capped at 50, {@code order_by}/{@code dir}, {@code fields}
 * projections and {@code return_object}.
 */
package com.mlconnector.sandbox.coupa.query;
