package com.mlconnector.connectors.workday;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import com.mlconnector.connectors.workday.wsdl.AccountingWorktagObjectIDType;
import com.mlconnector.connectors.workday.wsdl.AccountingWorktagObjectType;
import com.mlconnector.connectors.workday.wsdl.CompanyObjectIDType;
import com.mlconnector.connectors.workday.wsdl.CompanyObjectType;
import com.mlconnector.connectors.workday.wsdl.CurrencyObjectIDType;
import com.mlconnector.connectors.workday.wsdl.CurrencyObjectType;
import com.mlconnector.connectors.workday.wsdl.JournalSourceObjectIDType;
import com.mlconnector.connectors.workday.wsdl.JournalSourceObjectType;
import com.mlconnector.connectors.workday.wsdl.LedgerAccountObjectIDType;
import com.mlconnector.connectors.workday.wsdl.LedgerAccountObjectType;
import com.mlconnector.connectors.workday.wsdl.LedgerTypeObjectIDType;
import com.mlconnector.connectors.workday.wsdl.LedgerTypeObjectType;
import com.mlconnector.connectors.workday.wsdl.SpendCategoryObjectIDType;
import com.mlconnector.connectors.workday.wsdl.SpendCategoryObjectType;
import com.mlconnector.connectors.workday.wsdl.SupplierObjectIDType;
import com.mlconnector.connectors.workday.wsdl.SupplierObjectType;

/** Reference builders for test requests (Workday references are an element holding typed IDs). */
final class WorkdayRequests {

	private WorkdayRequests() {
	}

	static CompanyObjectType company(String id) {
		CompanyObjectIDType value = new CompanyObjectIDType();
		value.setType("Company_Reference_ID");
		value.setValue(id);
		CompanyObjectType ref = new CompanyObjectType();
		ref.getID().add(value);
		return ref;
	}

	static CurrencyObjectType currency(String code) {
		CurrencyObjectIDType value = new CurrencyObjectIDType();
		value.setType("Currency_ID");
		value.setValue(code);
		CurrencyObjectType ref = new CurrencyObjectType();
		ref.getID().add(value);
		return ref;
	}

	static SupplierObjectType supplier(String id) {
		SupplierObjectIDType value = new SupplierObjectIDType();
		value.setType("Supplier_ID");
		value.setValue(id);
		SupplierObjectType ref = new SupplierObjectType();
		ref.getID().add(value);
		return ref;
	}

	static SpendCategoryObjectType spendCategory(String id) {
		SpendCategoryObjectIDType value = new SpendCategoryObjectIDType();
		value.setType("Spend_Category_ID");
		value.setValue(id);
		SpendCategoryObjectType ref = new SpendCategoryObjectType();
		ref.getID().add(value);
		return ref;
	}

	static AccountingWorktagObjectType costCenter(String id) {
		AccountingWorktagObjectIDType value = new AccountingWorktagObjectIDType();
		value.setType("Cost_Center_Reference_ID");
		value.setValue(id);
		AccountingWorktagObjectType ref = new AccountingWorktagObjectType();
		ref.getID().add(value);
		return ref;
	}

	static LedgerAccountObjectType ledgerAccount(String accountSet, String id) {
		LedgerAccountObjectIDType value = new LedgerAccountObjectIDType();
		value.setType("Ledger_Account_ID");
		value.setParentType("Account_Set_ID");
		value.setParentId(accountSet);
		value.setValue(id);
		LedgerAccountObjectType ref = new LedgerAccountObjectType();
		ref.getID().add(value);
		return ref;
	}

	static LedgerTypeObjectType ledgerType(String id) {
		LedgerTypeObjectIDType value = new LedgerTypeObjectIDType();
		value.setType("Ledger_Type_ID");
		value.setValue(id);
		LedgerTypeObjectType ref = new LedgerTypeObjectType();
		ref.getID().add(value);
		return ref;
	}

	static JournalSourceObjectType journalSource(String id) {
		JournalSourceObjectIDType value = new JournalSourceObjectIDType();
		value.setType("Journal_Source_ID");
		value.setValue(id);
		JournalSourceObjectType ref = new JournalSourceObjectType();
		ref.getID().add(value);
		return ref;
	}

	static XMLGregorianCalendar date(LocalDate date) {
		return DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar(date.toString());
	}

	static BigDecimal amount(String value) {
		return new BigDecimal(value);
	}

}
