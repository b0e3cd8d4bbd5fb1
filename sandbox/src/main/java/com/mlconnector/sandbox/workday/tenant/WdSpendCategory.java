package com.mlconnector.sandbox.workday.tenant;

import java.time.Instant;

/** A spend category, which Workday's web services call a resource category. */
public record WdSpendCategory(String wid, String id, String name, Instant updatedAt) {
}
