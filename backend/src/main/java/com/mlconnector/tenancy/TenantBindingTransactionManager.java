package com.mlconnector.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Copies the thread's tenant (and the narrow lookup keys) into the database session at the start of
 * every transaction with {@code set_config(..., true)}: transaction-local, so a pooled connection
 * never carries one tenant's binding into the next transaction. Row-level security policies read
 * these settings; with nothing bound, tenant tables return no rows.
 */
public class TenantBindingTransactionManager extends JpaTransactionManager {

	private static final String BIND_SQL = "select set_config('app.tenant_id', ?, true),"
			+ " set_config('app.platform', ?, true), set_config('app.login_email', ?, true),"
			+ " set_config('app.token_hash', ?, true)";

	public TenantBindingTransactionManager(EntityManagerFactory emf) {
		super(emf);
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager
			.getResource(obtainDataSource());
		if (holder == null) {
			throw new TransactionSystemException("No JDBC connection bound; cannot bind the tenant");
		}
		bind(holder.getConnection());
	}

	private void bind(Connection connection) {
		UUID tenant = TenantContext.current().orElse(null);
		try (PreparedStatement statement = connection.prepareStatement(BIND_SQL)) {
			statement.setString(1, (tenant != null) ? tenant.toString() : "");
			statement.setString(2, PlatformScope.isActive() ? "on" : "off");
			statement.setString(3, nullToEmpty(LookupKeys.loginEmail()));
			statement.setString(4, nullToEmpty(LookupKeys.tokenHash()));
			statement.execute();
		}
		catch (SQLException ex) {
			throw new TransactionSystemException("Could not bind the tenant to the transaction", ex);
		}
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private javax.sql.DataSource obtainDataSource() {
		javax.sql.DataSource dataSource = getDataSource();
		if (dataSource == null) {
			throw new IllegalStateException("JpaTransactionManager has no DataSource");
		}
		return dataSource;
	}

}
