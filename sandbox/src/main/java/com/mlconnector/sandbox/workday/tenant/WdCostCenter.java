package com.mlconnector.sandbox.workday.tenant;

import java.time.Instant;

/** A cost center organization; {@code updatedAt} drives Get_Cost_Centers' Updated_From/To_Date criteria. */
public record WdCostCenter(String wid, String id, String name, boolean active, Instant updatedAt) {
}
