/**
 * Coupa documents as plain trees ({@code Map} with hyphenated keys, {@code List}, {@code String},
 * {@code Long}, {@code BigDecimal}, {@code Boolean}, {@code OffsetDateTime}, {@code null}) and their
 * JSON and XML renderings. One tree model serves both formats, so every resource speaks both.
 */
package com.mlconnector.sandbox.coupa.doc;
