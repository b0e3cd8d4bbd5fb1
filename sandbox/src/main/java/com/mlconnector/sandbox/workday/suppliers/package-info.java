/**
 * Suppliers over SOAP (Resource_Management, RM28 shapes): Submit_Supplier creates or updates, Get_Suppliers reads
 * with Updated_From_Date/Updated_To_Date. Suppliers are keyed by Supplier_ID, the shared World's supplier number.
 */
package com.mlconnector.sandbox.workday.suppliers;
