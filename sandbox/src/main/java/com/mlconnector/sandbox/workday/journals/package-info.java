/**
 * Submit_Accounting_Journal (Financial_Management, FM30) with the validation texts FM30 documents: balance,
 * control total, debit/credit per line, currency, 1,000-line limit, Add_Only, and posted journals being immutable.
 */
package com.mlconnector.sandbox.workday.journals;
