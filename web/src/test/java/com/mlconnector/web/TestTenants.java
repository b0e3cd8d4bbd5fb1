package com.mlconnector.web;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs up fresh tenants through the real UI and gives back a logged-in session. */
final class TestTenants {

	static final String PASSWORD = "correct horse battery staple";

	private TestTenants() {
	}

	record SignedIn(String email, WebSession session) {
	}

	static SignedIn signUpAndLogIn(int port, String company) {
		String email = company.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID() + "@example.com";
		WebSession session = new WebSession(port);
		var signup = session.post("/signup", "/signup",
				Map.of("companyName", company, "adminName", "Admin of " + company, "email", email, "password", PASSWORD));
		assertThat(signup.statusCode()).as(signup.body()).isEqualTo(302);
		var login = session.login(email, PASSWORD);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
		return new SignedIn(email, session);
	}

	/** Creates an API token through the UI and returns it (shown once on the page). */
	static String createToken(WebSession session, String... scopes) {
		java.util.LinkedHashMap<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("name", "test token " + UUID.randomUUID());
		var page = session.get("/tokens");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).isTrue();
		fields.put("_csrf", csrf.group(1));
		String encodedScopes = String.join("&", java.util.Arrays.stream(scopes).map((s) -> "scopes=" + s).toList());
		var created = session.postRaw("/tokens?" + encodedScopes, fields);
		Matcher token = Pattern.compile("data-testid=\"new-token\"[^>]*>(mlc_[A-Za-z0-9_-]+)<").matcher(created.body());
		assertThat(token.find()).as(created.body()).isTrue();
		return token.group(1);
	}

}
