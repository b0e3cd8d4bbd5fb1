package com.mlconnector.sandbox.workday.soap;

/**
 * The context of one SOAP request.
 *
 * @param tenant tenant from the URL (already checked)
 * @param service {@code Financial_Management} or {@code Resource_Management}
 * @param version the URL's version ({@code v44.2}); responses carry the request's {@code wd:version} or this
 * @param user the authenticated ISU ({@code user@tenant}) or OAuth client
 */
public record SoapCall(String tenant, String service, String version, String user) {
}
