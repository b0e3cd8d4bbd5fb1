package com.mlconnector.web.api;

import java.util.List;
import java.util.UUID;

import com.mlconnector.tenant.SignupRequest;
import com.mlconnector.tenant.Tenant;
import com.mlconnector.tenant.TenantManagement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tenant administration for the platform operator (token from {@code MLC_PLATFORM_TOKEN}). */
@RestController
@RequestMapping("/api/v1/platform/tenants")
class PlatformTenantsApi {

	private final TenantManagement tenants;

	PlatformTenantsApi(TenantManagement tenants) {
		this.tenants = tenants;
	}

	record TenantResponse(UUID id, String name, String status, java.time.Instant createdAt) {

		static TenantResponse of(Tenant tenant) {
			return new TenantResponse(tenant.getId(), tenant.getName(), tenant.getStatus(), tenant.getCreatedAt());
		}

	}

	record CreateTenantRequest(String name, String adminName, String adminEmail, String adminPassword) {

		@Override
		public String toString() {
			return "CreateTenantRequest[" + name + ", " + adminEmail + "]";
		}

	}

	@GetMapping
	List<TenantResponse> list() {
		return tenants.listAll().stream().map(TenantResponse::of).toList();
	}

	@GetMapping("/{id:[0-9a-fA-F\\-]{36}}")
	TenantResponse get(@PathVariable UUID id) {
		return tenants.find(id).map(TenantResponse::of).orElseThrow(() -> new NotFoundException("Tenant " + id));
	}

	record StatusRequest(String status) {
	}

	/** Suspends ({@code SUSPENDED}) or resumes ({@code ACTIVE}) a tenant: its sign-ins and API tokens stop or resume. */
	@PatchMapping("/{id:[0-9a-fA-F\\-]{36}}")
	TenantResponse setStatus(@PathVariable UUID id, @RequestBody StatusRequest request) {
		if (!tenants.setStatus(id, request.status(), "platform-operator")) {
			throw new NotFoundException("Tenant " + id);
		}
		return get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TenantResponse create(@RequestBody CreateTenantRequest request) {
		TenantManagement.SignedUp created = tenants.signUp(new SignupRequest(request.name(), request.adminName(),
				request.adminEmail(), request.adminPassword()));
		return get(created.tenantId());
	}

}
