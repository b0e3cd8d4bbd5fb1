package com.mlconnector.ping;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.mlconnector.connection.ConnectionView;
import com.mlconnector.connection.SecretField;
import com.mlconnector.connection.SystemType;
import com.mlconnector.connectors.workday.WorkdayAuthenticationException;
import com.mlconnector.connectors.workday.WorkdayClient;
import com.mlconnector.connectors.workday.WorkdayClients;
import com.mlconnector.connectors.workday.WorkdayConnectionDetails;
import com.mlconnector.connectors.workday.WorkdayException;
import com.mlconnector.connectors.workday.WorkdayPage;
import com.mlconnector.connectors.workday.WorkdayTokenException;
import com.mlconnector.tenancy.TenantContext;

import org.springframework.stereotype.Component;

/**
 * Workday's part of a ping: the REST token grant, one cheap authenticated SOAP read, then a one-object read per
 * operation the sync needs. Writes cannot be proven without posting, so they are reported as not verifiable. Only
 * {@code Get_*} operations are called; messages name the user and tenant but never a secret.
 */
@Component
class WorkdayProbe implements SystemProbe {

	static final String TOKEN_STEP = "Token grant (REST refresh token)";

	static final String SOAP_STEP = "Authenticated SOAP read (Get_Workday_Companies)";

	private static final String NOT_VERIFIABLE = "not verifiable without posting";

	private final WorkdayClients clients;

	WorkdayProbe(WorkdayClients clients) {
		this.clients = clients;
	}

	@Override
	public SystemType system() {
		return SystemType.WORKDAY;
	}

	@Override
	public void probe(PingRun run, ConnectionView connection, Map<SecretField, String> secrets) {
		WorkdayConnectionDetails details = details(connection, secrets);
		WorkdayClient client = clients.client(details);
		run.step(TOKEN_STEP, () -> tokenGrant(client));
		run.step(SOAP_STEP, () -> authenticatedRead(client));
		read(run, "Read companies (Get_Workday_Companies)", "companies", () -> client.companiesPage(null, 1, 1));
		read(run, "Read cost centers (Get_Cost_Centers)", "cost centers", () -> client.costCentersPage(null, 1, 1));
		read(run, "Read account sets and ledger accounts (Get_Account_Sets)", "account sets",
				() -> client.accountSetsPage(null, 1, 1));
		read(run, "Read spend categories (Get_Resource_Categories)", "spend categories",
				() -> client.resourceCategoriesPage(null, 1, 1));
		read(run, "Read suppliers (Get_Suppliers)", "suppliers", () -> client.suppliersPage(null, 1, 1));
		read(run, "Read supplier invoices (Get_Supplier_Invoices)", "supplier invoices",
				() -> client.supplierInvoicesPage(null, 1, 1));
		run.notVerifiable("Create supplier invoices (Submit_Supplier_Invoice)", NOT_VERIFIABLE);
		run.notVerifiable("Create and update suppliers (Submit_Supplier)", NOT_VERIFIABLE);
		run.notVerifiable("Post journals (Submit_Accounting_Journal)", NOT_VERIFIABLE);
	}

	private static String tokenGrant(WorkdayClient client) {
		try {
			client.checkTokenGrant();
			return "access token granted for API client " + client.details().clientId();
		}
		catch (WorkdayTokenException ex) {
			if (ex.reason() == WorkdayTokenException.Reason.CLIENT_REJECTED && client.details().tokenUrlDerivedFromTenant()
					&& soapRejected(client)) {
				// Two independent credentials refused at once: the tenant in both URLs is the likelier culprit.
				throw new PingFailure("Workday tenant '" + client.details().tenantName() + "' was not recognised: both "
						+ "the API client and the Integration System User were rejected. Check the Workday tenant name");
			}
			throw new PingFailure(switch (ex.reason()) {
				case CLIENT_REJECTED -> "API client rejected: unknown client ID '" + client.details().clientId()
						+ "' or wrong client secret";
				case REFRESH_TOKEN_REJECTED -> "Refresh token rejected: it is unknown, revoked or was issued to "
						+ "another API client. Generate a new one for the Integration System User";
				case UNREACHABLE -> "The token endpoint " + client.details().tokenUri() + " could not be reached";
				case OTHER -> ex.getMessage();
			});
		}
	}

	private static boolean soapRejected(WorkdayClient client) {
		try {
			client.companiesPage(null, 1, 1);
			return false;
		}
		catch (WorkdayAuthenticationException ex) {
			return true;
		}
		catch (WorkdayException ex) {
			return false;
		}
	}

	private static String authenticatedRead(WorkdayClient client) {
		try {
			client.companiesPage(null, 1, 1);
			return "signed in as " + client.details().soapUsername();
		}
		catch (WorkdayAuthenticationException ex) {
			String tenant = client.details().tokenUrlDerivedFromTenant()
					? "" : " (or the Workday tenant name '" + client.details().tenantName() + "' is wrong)";
			throw new PingFailure("Integration System User name or password rejected for "
					+ client.details().soapUsername() + tenant);
		}
		catch (WorkdayException ex) {
			throw new PingFailure(ex.getMessage());
		}
	}

	private static void read(PingRun run, String name, String what, Supplier<WorkdayPage<?>> read) {
		run.step(name, () -> {
			try {
				return read.get().totalResults() + " " + what + " visible";
			}
			catch (WorkdayException ex) {
				throw new PingFailure("The Integration System User may not read " + what + ": " + ex.getMessage());
			}
		});
	}

	static WorkdayConnectionDetails details(ConnectionView connection, Map<SecretField, String> secrets) {
		UUID tenantId = TenantContext.current().orElse(null);
		return new WorkdayConnectionDetails(tenantId, connection.id(), connection.baseUrl(), connection.workdayTenant(),
				connection.isuUsername(), secrets.get(SecretField.ISU_PASSWORD), connection.wsdlVersion(),
				connection.clientId(), secrets.get(SecretField.CLIENT_SECRET), secrets.get(SecretField.REFRESH_TOKEN),
				connection.tokenUrl());
	}

}
