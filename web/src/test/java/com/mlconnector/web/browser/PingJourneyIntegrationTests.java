package com.mlconnector.web.browser;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin enters the Workday credentials in the form and presses "Ping this system": the steps
 * appear in place (HTMX under the strict CSP), the secrets are never shown back.
 */
class PingJourneyIntegrationTests extends BrowserIntegrationTest {

	@Test
	void enterWorkdayCredentialsAndPing() {
		String base = "http://localhost:" + port;
		String email = "ping-journey-" + UUID.randomUUID() + "@example.com";
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(base + "/signup");
			page.getByLabel("Company").fill("Ping Journey Ltd");
			page.getByLabel("Your name").fill("Pat");
			page.getByLabel("Work e-mail").fill(email);
			page.getByLabel("Password").fill("a long and happy passphrase");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create organisation")).click();
			page.getByLabel("E-mail address").fill(email);
			page.getByLabel("Password").fill("a long and happy passphrase");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			// given: the Workday connection entered through the form
			page.getByText("Connect Workday").click();
			page.getByLabel("Web services host URL").fill(base + "/sandbox/workday");
			page.getByLabel("API client id").fill("mlc-wd-client");
			page.getByLabel("API client secret").fill("mlc-wd-secret");
			page.getByLabel("Workday tenant name").fill("mlc_demo");
			page.getByLabel("Refresh token").fill("mlc-demo-refresh-token");
			page.getByLabel("Integration System User (user@tenant)").fill("ISU_MLC@mlc_demo");
			page.getByLabel("Integration System User password").fill("Demo-ISU-Passw0rd!");
			page.getByLabel("Web service version").fill("v30.0");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("saved");
			assertThat(page.locator("main")).not().containsText("Demo-ISU-Passw0rd!");
			assertThat(page.getByTestId("ping-none")).isVisible();
			// when: pinging
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ping this system")).click();
			// then: the steps replace the placeholder without a page load
			assertThat(page.getByTestId("ping-summary")).containsText("All checks passed");
			assertThat(page.locator("[data-testid=ping-steps] tr[data-verdict=PASS]").first()).isVisible();
			assertThat(page.locator("[data-testid=ping-steps] tr[data-verdict=NOT_VERIFIABLE]").first())
				.containsText("not verifiable");
			assertThat(page.locator("[data-testid=ping-steps] tr[data-verdict=FAIL]")).hasCount(0);
		}
	}

}
