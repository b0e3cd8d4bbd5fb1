/**
 * The tenant's data, held in memory and rebuilt from the shared {@code World} on reset. All reads and writes go
 * through {@link com.mlconnector.sandbox.workday.tenant.WorkdayTenant}, which serialises them with one lock: the
 * sandbox favours simple, predictable behaviour over throughput.
 */
package com.mlconnector.sandbox.workday.tenant;
