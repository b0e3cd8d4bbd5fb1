/**
 * OAuth 2.0 for the Workday sandbox: the refresh-token grant of an "API Client for Integrations" at
 * {@code {prefix}/ccx/oauth2/{tenant}/token} (NOTES.md §4) and the access tokens it issues, which REST resources
 * and, as in Workday, SOAP requests accept as bearer tokens.
 */
package com.mlconnector.sandbox.workday.oauth;
