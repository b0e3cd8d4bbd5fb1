package com.mlconnector.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mlconnector.audit.AuditTrail;
import com.mlconnector.tenancy.PlatformScope;
import com.mlconnector.tenancy.TenantContext;
import com.mlconnector.user.Role;
import com.mlconnector.user.UserAccount;
import com.mlconnector.user.UserException;
import com.mlconnector.user.UserManagement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenants: self-service sign-up (a tenant and its first admin, in one transaction) and the
 * platform operator's view of all tenants.
 */
@Service
public class TenantManagement {

	private final TenantRepository tenants;

	private final UserManagement users;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	TenantManagement(TenantRepository tenants, UserManagement users, AuditTrail audit,
			TransactionTemplate transactions) {
		this.tenants = tenants;
		this.users = users;
		this.audit = audit;
		this.transactions = transactions;
	}

	/** Creates a tenant with its first admin. Nothing is written when any part is refused. */
	public SignedUp signUp(SignupRequest request) {
		String company = requireText(request.companyName(), "Enter your company name", 200);
		String admin = requireText(request.adminName(), "Enter your name", 200);
		UUID tenantId = UUID.randomUUID();
		return TenantContext.callAs(tenantId, () -> transactions.execute((status) -> {
			Tenant tenant = tenants.saveAndFlush(new Tenant(tenantId, company));
			UserAccount user = users.add(request.email(), admin, request.password(), Role.TENANT_ADMIN,
					request.email());
			audit.record(user.getEmail(), "tenant.signed_up", "tenant", tenantId.toString(),
					AuditTrail.Outcome.SUCCESS, company);
			return new SignedUp(tenant.getId(), user.getId(), user.getEmail());
		}));
	}

	/** The outcome of a sign-up. */
	public record SignedUp(UUID tenantId, UUID adminUserId, String adminEmail) {
	}

	/** The tenant bound to the current request. */
	public Optional<Tenant> current() {
		return TenantContext.current()
			.flatMap((id) -> transactions.execute((status) -> tenants.findById(id)));
	}

	/** Whether a tenant may use the platform (exists and is not suspended). */
	public boolean isActive(UUID id) {
		return TenantContext.callAs(id,
				() -> transactions.execute((status) -> tenants.findById(id).map((t) -> "ACTIVE".equals(t.getStatus()))))
			.orElse(false);
	}

	/** All tenants, for the platform operator. */
	public List<Tenant> listAll() {
		return PlatformScope.call(() -> transactions.execute((status) -> tenants.findAll()));
	}

	/** One tenant by id, for the platform operator. */
	public Optional<Tenant> find(UUID id) {
		return PlatformScope.call(() -> transactions.execute((status) -> tenants.findById(id)));
	}

	/** Suspends or resumes a tenant (platform operator); false when no such tenant exists. */
	public boolean setStatus(UUID id, String status, String actor) {
		if (!"ACTIVE".equals(status) && !"SUSPENDED".equals(status)) {
			throw new UserException("Status must be ACTIVE or SUSPENDED");
		}
		boolean changed = PlatformScope.call(() -> transactions.execute((s) -> tenants.findById(id).map((tenant) -> {
			tenant.setStatus(status);
			return true;
		}).orElse(false)));
		if (changed) {
			TenantContext.runAs(id, () -> transactions.executeWithoutResult((s) -> audit.record(actor,
					"tenant." + status.toLowerCase(java.util.Locale.ROOT), "tenant", id.toString(),
					AuditTrail.Outcome.SUCCESS, null)));
		}
		return changed;
	}

	private static String requireText(String value, String message, int max) {
		if (value == null || value.isBlank()) {
			throw new UserException(message);
		}
		String trimmed = value.trim();
		if (trimmed.length() > max) {
			throw new UserException(message + " (at most " + max + " characters)");
		}
		return trimmed;
	}

}
