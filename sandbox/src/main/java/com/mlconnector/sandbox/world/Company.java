package com.mlconnector.sandbox.world;

/**
 * A legal entity; Workday company, Coupa account segment 1.
 *
 * @param id company reference id, e.g. {@code C100}
 * @param name display name
 * @param currency ISO 4217 currency the company books in
 */
public record Company(String id, String name, String currency) {
}
