package com.mlconnector.sandbox.workday.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.mlconnector.sandbox.faults.FaultInjector;
import com.mlconnector.sandbox.faults.FaultKnobs;
import com.mlconnector.sandbox.faults.RequestLog;
import com.mlconnector.sandbox.workday.WorkdaySandboxProperties;
import com.mlconnector.sandbox.workday.oauth.AccessTokens;
import com.mlconnector.sandbox.workday.soap.FaultQueue;
import com.mlconnector.sandbox.workday.tenant.WorkdayTenant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contract part of the admin API (mounted by {@link WorkdayAdminPaths}): reset, fault knobs, request log, tokens. */
@RestController("workdaySandboxAdminController")
class WorkdayAdminController {

	static final String SYSTEM = "workday";

	private final AdminAuth auth;

	private final WorkdayTenant tenant;

	private final WorkdaySandboxProperties properties;

	private final FaultInjector faults;

	private final FaultQueue faultQueue;

	private final RequestLog log;

	private final AccessTokens tokens;

	WorkdayAdminController(AdminAuth auth, WorkdayTenant tenant, WorkdaySandboxProperties properties,
			FaultInjector faults, FaultQueue faultQueue, RequestLog log, AccessTokens tokens) {
		this.auth = auth;
		this.tenant = tenant;
		this.properties = properties;
		this.faults = faults;
		this.faultQueue = faultQueue;
		this.log = log;
		this.tokens = tokens;
	}

	/** Rebuilds the tenant from a seed and clears fault knobs and queued faults (the request log stays). */
	@PostMapping("/reset")
	ResponseEntity<Object> reset(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestParam(required = false) Long seed, @RequestParam(required = false) Integer invoices) {
		return guarded(authorization, () -> {
			long effectiveSeed = (seed != null) ? seed : this.properties.seed();
			int effectiveInvoices = (invoices != null) ? invoices : this.properties.seededInvoices();
			this.tenant.reset(effectiveSeed, effectiveInvoices);
			this.faults.reset(SYSTEM);
			this.faultQueue.clear();
			return ResponseEntity.ok(Map.of("seed", effectiveSeed, "invoices", effectiveInvoices));
		});
	}

	@GetMapping("/faults")
	ResponseEntity<Object> faults(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return guarded(authorization, () -> ResponseEntity.ok(this.faults.knobs(SYSTEM)));
	}

	/** Replaces the knobs; absent fields are zero/false. */
	@PutMapping("/faults")
	ResponseEntity<Object> setFaults(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody Map<String, Object> body) {
		return guarded(authorization, () -> {
			try {
				FaultKnobs knobs = new FaultKnobs(num(body, "latencyMs").longValue(), num(body, "latencyJitterMs").longValue(),
						num(body, "rate429").doubleValue(), Boolean.TRUE.equals(body.get("retryAfter")),
						num(body, "retryAfterSeconds").intValue(), num(body, "rate5xx").doubleValue(),
						num(body, "connectionResetRate").doubleValue(), num(body, "lateResponseMs").longValue());
				this.faults.set(SYSTEM, knobs);
				return ResponseEntity.ok(knobs);
			}
			catch (IllegalArgumentException ex) {
				return AdminAuth.badRequest(ex.getMessage());
			}
		});
	}

	@DeleteMapping("/faults")
	ResponseEntity<Object> clearFaults(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return guarded(authorization, () -> {
			this.faults.reset(SYSTEM);
			this.faultQueue.clear();
			return ResponseEntity.noContent().build();
		});
	}

	@GetMapping("/requests")
	ResponseEntity<Object> requests(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return guarded(authorization, () -> ResponseEntity.ok(List.copyOf(this.log.entries(SYSTEM))));
	}

	@DeleteMapping("/requests")
	ResponseEntity<Object> clearRequests(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return guarded(authorization, () -> {
			this.log.clear(SYSTEM);
			return ResponseEntity.noContent().build();
		});
	}

	/** Expires every access token, so the next REST or bearer SOAP call must refresh. */
	@PostMapping("/tokens/expire")
	ResponseEntity<Object> expireTokens(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return guarded(authorization, () -> {
			this.tokens.expireAll();
			return ResponseEntity.noContent().build();
		});
	}

	private ResponseEntity<Object> guarded(String authorization, Supplier<ResponseEntity<Object>> action) {
		return this.auth.allowed(authorization) ? action.get() : AdminAuth.unauthorized();
	}

	private static Number num(Map<String, Object> body, String key) {
		Object value = body.get(key);
		if (value == null) {
			return 0;
		}
		if (value instanceof Number number) {
			return number;
		}
		throw new IllegalArgumentException(key + " must be a number");
	}

}
