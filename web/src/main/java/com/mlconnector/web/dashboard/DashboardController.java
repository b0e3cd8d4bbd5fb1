package com.mlconnector.web.dashboard;

import com.mlconnector.audit.AuditLog;
import com.mlconnector.connection.ConnectionManagement;
import com.mlconnector.tenant.TenantManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The tenant's home: connection status and the latest audit trail. */
@Controller
class DashboardController {

	private final TenantManagement tenants;

	private final ConnectionManagement connections;

	private final AuditLog audit;

	DashboardController(TenantManagement tenants, ConnectionManagement connections, AuditLog audit) {
		this.tenants = tenants;
		this.connections = connections;
		this.audit = audit;
	}

	@GetMapping("/")
	String dashboard(Model model) {
		model.addAttribute("tenant", tenants.current().orElseThrow());
		model.addAttribute("connections", connections.list());
		model.addAttribute("events", audit.recent(20));
		return "dashboard";
	}

}
