package com.mlconnector.web.connection;

import java.util.Locale;
import java.util.UUID;

import com.mlconnector.connection.ConnectionException;
import com.mlconnector.connection.ConnectionManagement;
import com.mlconnector.connection.ConnectionView;
import com.mlconnector.connection.SystemType;
import com.mlconnector.ping.PingManagement;
import com.mlconnector.ping.PingReport;
import com.mlconnector.web.security.MlcUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's Coupa and Workday connections: settings and write-only credentials. */
@Controller
class ConnectionController {

	static final String LIST_VIEW = "connections/list";

	static final String EDIT_VIEW = "connections/edit";

	static final String DETAIL_VIEW = "connections/detail";

	static final String PING_FRAGMENT = "fragments/ping :: result";

	private final ConnectionManagement connections;

	private final PingManagement pings;

	ConnectionController(ConnectionManagement connections, PingManagement pings) {
		this.connections = connections;
		this.pings = pings;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id", "system");
	}

	@GetMapping("/connections")
	String list(Model model) {
		model.addAttribute("coupa", connections.find(SystemType.COUPA).orElse(null));
		model.addAttribute("workday", connections.find(SystemType.WORKDAY).orElse(null));
		return LIST_VIEW;
	}

	@GetMapping("/connections/{id:[0-9a-f\\-]{36}}")
	String detail(@PathVariable UUID id, Model model) {
		ConnectionView view = connections.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such connection"));
		model.addAttribute("connection", view);
		model.addAttribute("ping", pings.latest(id).orElse(null));
		return DETAIL_VIEW;
	}

	/** "Ping your system": runs the checks and shows the steps (HTMX swaps just the result). */
	@PostMapping(path = "/connections/{id:[0-9a-f\\-]{36}}/ping", headers = "HX-Request=true")
	String pingFragment(@PathVariable UUID id, @AuthenticationPrincipal MlcUser user, Model model) {
		model.addAttribute("ping", runPing(id, user));
		return PING_FRAGMENT;
	}

	@PostMapping("/connections/{id:[0-9a-f\\-]{36}}/ping")
	String pingPage(@PathVariable UUID id, @AuthenticationPrincipal MlcUser user) {
		runPing(id, user);
		return "redirect:/connections/" + id;
	}

	private PingReport runPing(UUID id, MlcUser user) {
		ConnectionView view = connections.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such connection"));
		return pings.ping(view.system(), user.getUsername()).orElseThrow();
	}

	@GetMapping("/connections/{system:coupa|workday}/edit")
	String edit(@PathVariable String system, Model model) {
		SystemType type = systemOf(system);
		ConnectionForm form = connections.find(type).map(ConnectionForm::of).orElseGet(() -> defaults(type));
		model.addAttribute("existing", connections.find(type).orElse(null));
		return editView(model, type, form);
	}

	@PostMapping("/connections/{system:coupa|workday}/edit")
	String save(@PathVariable String system, @ModelAttribute("form") ConnectionForm form,
			@AuthenticationPrincipal MlcUser user, Model model, RedirectAttributes redirect) {
		SystemType type = systemOf(system);
		try {
			ConnectionView saved = connections.save(type, form.toSettings(), user.getUsername());
			redirect.addFlashAttribute("message", saved.displayName() + " saved.");
			return "redirect:/connections/" + saved.id();
		}
		catch (ConnectionException ex) {
			form.forgetSecrets();
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("existing", connections.find(type).orElse(null));
			return editView(model, type, form);
		}
	}

	private String editView(Model model, SystemType type, ConnectionForm form) {
		model.addAttribute("system", type);
		model.addAttribute("form", form);
		return EDIT_VIEW;
	}

	private static ConnectionForm defaults(SystemType type) {
		ConnectionForm form = new ConnectionForm();
		if (type == SystemType.COUPA) {
			form.setDisplayName("Coupa");
			form.setScopes("core.invoice.read core.invoice.write core.supplier.read core.supplier.write"
					+ " core.purchase_order.read core.accounting.read");
		}
		else {
			form.setDisplayName("Workday");
			form.setWsdlVersion("v45.2");
		}
		return form;
	}

	private static SystemType systemOf(String path) {
		return SystemType.valueOf(path.toUpperCase(Locale.ROOT));
	}

}
