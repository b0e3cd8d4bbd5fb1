package com.mlconnector.web.token;

import java.util.List;
import java.util.UUID;

import com.mlconnector.apitoken.ApiScope;
import com.mlconnector.apitoken.ApiTokenException;
import com.mlconnector.apitoken.ApiTokens;
import com.mlconnector.web.security.MlcUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** API tokens: created by a tenant admin, shown once, revocable. */
@Controller
class TokenController {

	static final String VIEW = "tokens/list";

	static final String ROW_FRAGMENT = "fragments/tokens :: row";

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/tokens")
	String list(Model model) {
		return page(model);
	}

	@PostMapping("/tokens")
	String create(@RequestParam(defaultValue = "") String name,
			@RequestParam(name = "scopes", required = false) List<String> scopes, @AuthenticationPrincipal MlcUser user,
			Model model) {
		try {
			ApiTokens.CreatedToken created = tokens.create(name,
					ApiScope.parse((scopes != null) ? String.join(" ", scopes) : ""), user.userId(), user.getUsername());
			model.addAttribute("created", created);
		}
		catch (ApiTokenException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return page(model);
	}

	/** The HTMX variant: swaps just the token's row. */
	@PostMapping(path = "/tokens/{id}/revoke", headers = "HX-Request=true")
	String revokeFragment(@PathVariable UUID id, @AuthenticationPrincipal MlcUser user, Model model) {
		revoke(id, user);
		model.addAttribute("token", tokens.find(id).orElseThrow());
		return ROW_FRAGMENT;
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokePage(@PathVariable UUID id, @AuthenticationPrincipal MlcUser user) {
		revoke(id, user);
		return "redirect:/tokens";
	}

	private void revoke(UUID id, MlcUser user) {
		if (!tokens.revoke(id, user.getUsername())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such token");
		}
	}

	private String page(Model model) {
		model.addAttribute("tokens", tokens.list());
		model.addAttribute("scopes", ApiScope.values());
		return VIEW;
	}

}
