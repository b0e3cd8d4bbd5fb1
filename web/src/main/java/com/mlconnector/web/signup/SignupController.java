package com.mlconnector.web.signup;

import com.mlconnector.tenant.SignupRequest;
import com.mlconnector.tenant.TenantManagement;
import com.mlconnector.user.UserException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Self-service sign-up: a new tenant and its first admin. */
@Controller
class SignupController {

	static final String VIEW = "auth/signup";

	private final TenantManagement tenants;

	SignupController(TenantManagement tenants) {
		this.tenants = tenants;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("companyName", "adminName", "email", "password");
	}

	@GetMapping("/signup")
	String form(Model model) {
		model.addAttribute("form", new SignupForm());
		return VIEW;
	}

	@PostMapping("/signup")
	String signUp(@ModelAttribute("form") SignupForm form, Model model, RedirectAttributes redirect) {
		try {
			tenants.signUp(new SignupRequest(form.getCompanyName(), form.getAdminName(), form.getEmail(),
					form.getPassword()));
		}
		catch (UserException ex) {
			form.setPassword(null);
			model.addAttribute("error", ex.getMessage());
			return VIEW;
		}
		redirect.addFlashAttribute("message", "Your organisation is ready. Sign in with " + form.getEmail() + ".");
		return "redirect:/login";
	}

	/** The sign-up form's fields; the password is never echoed back. */
	public static class SignupForm {

		private String companyName;

		private String adminName;

		private String email;

		private String password;

		public String getCompanyName() {
			return companyName;
		}

		public void setCompanyName(String companyName) {
			this.companyName = companyName;
		}

		public String getAdminName() {
			return adminName;
		}

		public void setAdminName(String adminName) {
			this.adminName = adminName;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

}
