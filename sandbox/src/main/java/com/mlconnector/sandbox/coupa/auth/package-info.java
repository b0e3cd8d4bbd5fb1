/**
 * OAuth2 client credentials as Coupa runs them ({@code POST /oauth2/token}, form body, scopes named
 * {@code service.object.right}; NOTES §2.1) and the per-request token and scope check.
 */
package com.mlconnector.sandbox.coupa.auth;
