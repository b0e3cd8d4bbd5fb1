package com.mlconnector.sandbox.world;

/**
 * A cost center; Workday organization, Coupa account segment 3.
 *
 * @param id reference id, e.g. {@code CC1000}
 * @param name display name
 * @param active inactive ones exist so that validation failures can be exercised
 */
public record CostCenter(String id, String name, boolean active) {
}
