package com.mlconnector.tenancy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mlconnector.BackendTestApplication;
import com.mlconnector.tenant.SignupRequest;
import com.mlconnector.tenant.TenantManagement;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant isolation is a property of the database: these checks read the catalog and query as the
 * application's pool does, so a new table or a careless query cannot slip past them.
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = "spring.datasource.hikari.maximum-pool-size=1")
class RowLevelSecurityIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TenantManagement tenants;

	@Autowired
	HikariDataSource dataSource;

	@Test
	void everyTableWithTenantIdForcesRowLevelSecurity() {
		// given: every table of the schema that has a tenant_id column, read from the catalog
		List<Map<String, Object>> tables = asApp(() -> jdbc.queryForList("""
				select c.relname, c.relrowsecurity, c.relforcerowsecurity
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind in ('r', 'p')
				  and exists (select 1 from pg_attribute a where a.attrelid = c.oid
				              and a.attname = 'tenant_id' and not a.attisdropped)
				"""));
		// then: there are some, and each has RLS enabled and forced
		assertThat(tables).extracting((t) -> t.get("relname"))
			.contains("users", "api_tokens", "connections", "connection_secrets", "audit_events");
		assertThat(tables).allSatisfy((t) -> {
			assertThat(t.get("relrowsecurity")).as("RLS enabled on %s", t.get("relname")).isEqualTo(true);
			assertThat(t.get("relforcerowsecurity")).as("RLS forced on %s", t.get("relname")).isEqualTo(true);
		});
	}

	@Test
	void applicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() {
		// when: asking the pool who it is
		Map<String, Object> role = asApp(() -> jdbc.queryForMap(
				"select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user"));
		Integer owned = asApp(() -> jdbc.queryForObject("""
				select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and pg_get_userbyid(c.relowner) = current_user
				""", Integer.class));
		// then
		assertThat(role.get("name")).isEqualTo("mlc_app");
		assertThat(role.get("rolsuper")).isEqualTo(false);
		assertThat(role.get("rolbypassrls")).isEqualTo(false);
		assertThat(owned).isZero();
	}

	@Test
	void withoutATenantBoundEveryTenantTableIsEmpty() {
		// given: two tenants with data
		signUp("a");
		signUp("b");
		List<String> tables = asApp(() -> jdbc.queryForList("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind = 'r'
				  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
				""", String.class));
		// when / then: no tenant bound, nothing visible, in every tenant table and in tenants itself
		TenantContext.callWithoutTenant(() -> transactions.execute((status) -> {
			for (String table : tables) {
				assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
			}
			assertThat(jdbc.queryForObject("select count(*) from tenants", Integer.class)).isZero();
			return null;
		}));
	}

	@Test
	void aPooledConnectionNeverCarriesOneTenantIntoTheNext() {
		// given: a pool of one connection, so A's and B's transactions share it
		assertThat(dataSource.getMaximumPoolSize()).isEqualTo(1);
		UUID a = signUp("pool-a");
		UUID b = signUp("pool-b");
		// when: a transaction as A, then one as B
		List<UUID> seenByA = TenantContext.callAs(a,
				() -> transactions.execute((s) -> jdbc.queryForList("select tenant_id from users", UUID.class)));
		List<UUID> seenByB = TenantContext.callAs(b,
				() -> transactions.execute((s) -> jdbc.queryForList("select tenant_id from users", UUID.class)));
		List<UUID> seenAfter = transactions.execute((s) -> jdbc.queryForList("select tenant_id from users", UUID.class));
		// then
		assertThat(seenByA).containsOnly(a).isNotEmpty();
		assertThat(seenByB).containsOnly(b).isNotEmpty();
		assertThat(seenAfter).isEmpty();
	}

	@Test
	void aTenantCannotWriteRowsForAnotherTenant() {
		UUID a = signUp("write-a");
		UUID b = signUp("write-b");
		Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> TenantContext.runAs(a,
				() -> transactions.executeWithoutResult((s) -> jdbc.update(
						"insert into audit_events (tenant_id, actor, action, outcome) values (?, 'x', 'forged', 'SUCCESS')",
						b))));
		assertThat(refused).hasRootCauseMessage(
				"ERROR: new row violates row-level security policy for table \"audit_events\"");
	}

	private UUID signUp(String name) {
		String email = name + "-" + UUID.randomUUID() + "@example.com";
		return tenants.signUp(new SignupRequest("Tenant " + name, "Admin " + name, email, "correct horse battery staple"))
			.tenantId();
	}

	private <T> T asApp(java.util.function.Supplier<T> query) {
		return transactions.execute((status) -> query.get());
	}

}
