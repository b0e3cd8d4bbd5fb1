package com.mlconnector.connectors.coupa;

/**
 * A reference to another Coupa object as embedded in a record ({@code supplier}, {@code currency},
 * {@code payment-term}, {@code commodity}, {@code uom}, {@code account-type}...). Only the identifying fields
 * are kept; which are set depends on the object (a currency has a code, a supplier a name and number).
 */
public record CoupaRef(Long id, String code, String name, String number) {

}
