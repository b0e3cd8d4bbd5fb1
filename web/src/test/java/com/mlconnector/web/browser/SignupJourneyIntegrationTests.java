package com.mlconnector.web.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A new customer signs up, signs in and lands on the empty dashboard, in real Chromium. */
class SignupJourneyIntegrationTests extends BrowserIntegrationTest {

	@Test
	void signUpSignInAndSeeTheEmptyDashboard() {
		String email = "journey-" + UUID.randomUUID() + "@example.com";
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			List<String> consoleErrors = new ArrayList<>();
			page.onConsoleMessage((message) -> {
				if ("error".equals(message.type())) {
					consoleErrors.add(message.text());
				}
			});
			// given: the sign-up page
			page.navigate("http://localhost:" + port + "/signup");
			// when: a weak password first, then a good one
			page.getByLabel("Company").fill("Umbrella Corp");
			page.getByLabel("Your name").fill("Alice Admin");
			page.getByLabel("Work e-mail").fill(email);
			page.getByLabel("Password").fill("short");
			page.evaluate("document.querySelector('#password').removeAttribute('minlength')");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Create organisation")).click();
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
				.containsText("at least 12 characters");
			page.getByLabel("Password").fill("a long and happy passphrase");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Create organisation")).click();
			// then: sign in
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("Your organisation is ready");
			page.getByLabel("E-mail address").fill(email);
			page.getByLabel("Password").fill("a long and happy passphrase");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
				.click();
			// and: the empty dashboard, styled from webjars, with no CSP or script errors
			assertThat(page.locator("h1")).hasText("Umbrella Corp");
			assertThat(page.getByTestId("no-connections")).containsText("No systems connected yet");
			assertThat(page.locator("nav")).containsText(email);
			Object bootstrapLoaded = page.evaluate("getComputedStyle(document.querySelector('.navbar')).display");
			assertThat(bootstrapLoaded).isEqualTo("flex");
			Object htmxLoaded = page.evaluate("typeof window.htmx");
			assertThat(htmxLoaded).isEqualTo("object");
			assertThat(consoleErrors).isEmpty();
		}
	}

}
