/**
 * SOAP 1.1 plumbing of the Workday sandbox: the endpoint at {@code {prefix}/ccx/service/{tenant}/{Service}/v{NN.N}},
 * envelope parsing, WS-Security UsernameToken (or a bearer token), schema validation of the request body against
 * the copied XSDs, fault rendering, and helpers the operation packages share (references, paging, response XML).
 */
package com.mlconnector.sandbox.workday.soap;
