/**
 * Generic fault injection shared by the Coupa and Workday sandboxes (owner: Workday side).
 * <p>
 * {@link com.mlconnector.sandbox.faults.FaultInjector} holds one {@link com.mlconnector.sandbox.faults.FaultKnobs}
 * per system ({@code "coupa"}, {@code "workday"}); {@link com.mlconnector.sandbox.faults.RequestLog} keeps the
 * most recent requests per system. {@link com.mlconnector.sandbox.faults.FaultFilterConfiguration} registers
 * exactly one {@link com.mlconnector.sandbox.faults.FaultInjectionFilter} per system prefix, so neither side
 * registers its own. Requests under {@code {prefix}/_admin} are neither faulted nor logged, so a test can always
 * switch the faults off again. A controller that authenticates a caller may set the request attribute
 * {@link com.mlconnector.sandbox.faults.RequestLog#CLIENT_ID_ATTRIBUTE} so the log names the client.
 */
package com.mlconnector.sandbox.faults;
