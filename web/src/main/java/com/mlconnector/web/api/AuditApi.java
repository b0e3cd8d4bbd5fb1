package com.mlconnector.web.api;

import java.util.List;

import com.mlconnector.audit.AuditEventView;
import com.mlconnector.audit.AuditLog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's audit trail, newest first (scope audit:read). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

	private final AuditLog audit;

	AuditApi(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	List<AuditEventView> recent(@RequestParam(defaultValue = "50") int limit) {
		return audit.recent(limit);
	}

}
