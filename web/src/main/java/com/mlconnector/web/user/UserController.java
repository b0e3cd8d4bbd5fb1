package com.mlconnector.web.user;

import com.mlconnector.user.Role;
import com.mlconnector.user.UserException;
import com.mlconnector.user.UserManagement;
import com.mlconnector.web.security.MlcUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tenant's users (admins only): who can sign in, with which role. */
@Controller
class UserController {

	static final String VIEW = "users/list";

	static final Role[] ASSIGNABLE = { Role.TENANT_ADMIN, Role.TENANT_OPERATOR, Role.TENANT_VIEWER };

	private final UserManagement users;

	private final TransactionTemplate transactions;

	UserController(UserManagement users, TransactionTemplate transactions) {
		this.users = users;
		this.transactions = transactions;
	}

	@GetMapping("/users")
	String list(Model model) {
		return page(model);
	}

	@PostMapping("/users")
	String add(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "TENANT_VIEWER") String role, @RequestParam(defaultValue = "") String password,
			@AuthenticationPrincipal MlcUser admin, Model model) {
		try {
			Role chosen = assignable(role);
			if (displayName.isBlank()) {
				throw new UserException("Enter the person's name");
			}
			transactions.executeWithoutResult(
					(status) -> users.add(email, displayName, password, chosen, admin.getUsername()));
			model.addAttribute("message", email.trim() + " can now sign in as " + label(chosen) + ".");
		}
		catch (UserException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("email", email);
			model.addAttribute("displayName", displayName);
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("users", users.list());
		model.addAttribute("roles", ASSIGNABLE);
		return VIEW;
	}

	private static Role assignable(String role) {
		for (Role candidate : ASSIGNABLE) {
			if (candidate.name().equals(role)) {
				return candidate;
			}
		}
		throw new UserException("Choose one of the roles admin, operator or viewer");
	}

	static String label(Role role) {
		return switch (role) {
			case TENANT_ADMIN -> "admin";
			case TENANT_OPERATOR -> "operator";
			case TENANT_VIEWER -> "viewer";
			case PLATFORM_ADMIN -> "platform admin";
		};
	}

}
