/**
 * Read-only reference data over SOAP (Financial_Management, FM30): Get_Workday_Companies, Get_Cost_Centers,
 * Get_Account_Sets (ledger accounts live inside account sets; there is no Get_Ledger_Accounts in v30) and
 * Get_Resource_Categories (spend categories, also listed in Resource_Management, RM28).
 */
package com.mlconnector.sandbox.workday.reference;
