/**
 * Outbound events. Coupa itself has Call Outs (Process Automator "API Call Out": the document as JSON or
 * XML, OAuth2 client credentials with Coupa as the client; NOTES §5) and no webhooks; the sandbox adds
 * Standard Webhooks signed deliveries as an option for the connector. Failed deliveries are retried
 * with exponential backoff and every attempt is recorded.
 */
package com.mlconnector.sandbox.coupa.events;
