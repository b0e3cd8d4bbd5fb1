package com.mlconnector.sandbox.world;

/**
 * A ledger account; Coupa account segment 2.
 *
 * @param accountSetId Workday account set, e.g. {@code Standard}
 * @param id account number, e.g. {@code 6100}
 * @param name display name
 * @param type {@code Expense}, {@code Asset} or {@code Liability}
 */
public record LedgerAccount(String accountSetId, String id, String name, String type) {
}
