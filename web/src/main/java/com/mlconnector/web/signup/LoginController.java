package com.mlconnector.web.signup;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, with a message that says what went wrong without saying which part. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
		if (error != null) {
			Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("error", message(last));
		}
		return "auth/login";
	}

	private static String message(Object failure) {
		if (failure instanceof LockedException) {
			return "This account is locked for 15 minutes after repeated failed sign-ins.";
		}
		if (failure instanceof DisabledException) {
			return "This account is disabled, or your organisation's access is suspended; contact your administrator.";
		}
		return "Wrong e-mail address or password.";
	}

}
