package com.mlconnector.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Real Chromium for browser tests: Debian's {@code /usr/bin/chromium} where installed (CI installs
 * it; Playwright may not download browsers here), else Playwright's own browser (a laptop).
 */
final class Browsers {

	static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	private Browsers() {
	}

	static Playwright playwright() {
		boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
		return Playwright.create(new Playwright.CreateOptions()
			.setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
	}

	static Browser chromium(Playwright playwright) {
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run"));
		if (Files.isExecutable(SYSTEM_CHROMIUM)) {
			options.setExecutablePath(SYSTEM_CHROMIUM);
		}
		return playwright.chromium().launch(options);
	}

}
