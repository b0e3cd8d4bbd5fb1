/**
 * The Coupa connector: a {@link com.mlconnector.connectors.coupa.CoupaClient} per connection, built by
 * {@link com.mlconnector.connectors.coupa.CoupaClients} from decrypted
 * {@link com.mlconnector.connectors.coupa.CoupaConnectionDetails}. OAuth2 client credentials through Spring
 * Security's OAuth2 client, typed reads with lazy 50-row offset paging, mark-exported and supplier writes, and
 * Resilience4j rate limiting (per Coupa instance), retry (transient errors only, honouring {@code Retry-After})
 * and circuit breaking (per tenant). Never touches the vault or the database: callers pass credentials in.
 */
package com.mlconnector.connectors.coupa;
