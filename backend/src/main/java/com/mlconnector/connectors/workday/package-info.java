/**
 * Workday connector: SOAP (Workday Web Services) through spring-ws with JAXB classes generated at build time from
 * a curated XSD subset ({@code src/main/wsdl/workday}), WS-Security UsernameToken for the Integration System User,
 * and the OAuth 2.0 refresh-token grant for REST. Entry point:
 * {@link com.mlconnector.connectors.workday.WorkdayClients}.
 * The connector never touches the vault or the database: callers pass decrypted {@link
 * com.mlconnector.connectors.workday.WorkdayConnectionDetails}.
 */
package com.mlconnector.connectors.workday;
