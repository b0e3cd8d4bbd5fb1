package com.mlconnector.connectors.workday;

/**
 * One {@code wd:Validation_Error} of a {@code Validation_Fault}; any part may be {@code null}.
 *
 * @param message the short text
 * @param detailMessage the longer text
 * @param xpath where in our request the problem is, e.g. {@code /wd:Submit_Supplier_Invoice_Request[1]/...}
 */
public record WorkdayValidationError(String message, String detailMessage, String xpath) {

}
