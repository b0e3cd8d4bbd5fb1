package com.mlconnector.sandbox.world;

/**
 * A Workday spend category; Coupa commodities map onto these one to one.
 *
 * @param id reference id, e.g. {@code SC_IT_HARDWARE}
 * @param name display name (also the Coupa commodity name)
 */
public record SpendCategory(String id, String name) {
}
