package com.mlconnector.sandbox.workday.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;
import com.mlconnector.sandbox.workday.tenant.Wids;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * common v1 {@code organizations} (companies and cost centers, as OrganizationSummary) and {@code currencies}, and
 * coreAccounting v1 {@code currencies}, at {@code {prefix}/ccx/api/{service}/v1/{tenant}/...} (NOTES.md §4).
 */
@RestController("workdaySandboxCommonResourcesController")
class CommonResourcesController {

	private final RestSupport support;

	private final WorkdayTenant tenant;

	private final String prefix;

	CommonResourcesController(RestSupport support, WorkdayTenant tenant,
			@Value("${sandbox.workday.path-prefix:/sandbox/workday}") String prefix) {
		this.support = support;
		this.tenant = tenant;
		this.prefix = prefix;
	}

	@GetMapping("${sandbox.workday.path-prefix:/sandbox/workday}/ccx/api/common/v1/{tenant}/organizations")
	ResponseEntity<Object> organizations(@PathVariable String tenant, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset, HttpServletRequest request) {
		return this.support.unauthorized(request, tenant)
			.orElseGet(() -> RestSupport.collection(organizations(tenant, request), limit, offset));
	}

	@GetMapping("${sandbox.workday.path-prefix:/sandbox/workday}/ccx/api/common/v1/{tenant}/organizations/{id}")
	ResponseEntity<Object> organization(@PathVariable String tenant, @PathVariable String id,
			HttpServletRequest request) {
		return this.support.unauthorized(request, tenant).orElseGet(() -> {
			Optional<Map<String, Object>> found = organizations(tenant, request).stream()
				.filter((org) -> id.equals(org.get("id")))
				.findFirst();
			return found.<ResponseEntity<Object>>map(ResponseEntity::ok)
				.orElseGet(() -> RestSupport.error(HttpStatus.NOT_FOUND, "Resource not found"));
		});
	}

	@GetMapping({ "${sandbox.workday.path-prefix:/sandbox/workday}/ccx/api/common/v1/{tenant}/currencies",
			"${sandbox.workday.path-prefix:/sandbox/workday}/ccx/api/coreAccounting/v1/{tenant}/currencies" })
	ResponseEntity<Object> currencies(@PathVariable String tenant, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset, HttpServletRequest request) {
		return this.support.unauthorized(request, tenant).orElseGet(() -> {
			List<Map<String, Object>> currencies = this.tenant.read((data) -> data.currencies())
				.stream()
				.map((code) -> RestSupport.instance(Wids.of("Currency", code), code, null))
				.toList();
			return RestSupport.collection(currencies, limit, offset);
		});
	}

	private List<Map<String, Object>> organizations(String tenantName, HttpServletRequest request) {
		String base = RestSupport.baseUrl(request) + this.prefix + "/ccx/api/common/v1/" + tenantName + "/organizations/";
		return this.tenant.read((data) -> {
			List<Map<String, Object>> result = new ArrayList<>();
			data.companies().forEach((c) -> {
				String wid = Wids.of("Company", c.id());
				result.add(RestSupport.instance(wid, c.name(), base + wid));
			});
			data.costCenters().forEach((cc) -> result.add(RestSupport.instance(cc.wid(), cc.name(), base + cc.wid())));
			return result;
		});
	}

}
