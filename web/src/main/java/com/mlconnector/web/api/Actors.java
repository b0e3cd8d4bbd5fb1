package com.mlconnector.web.api;

import org.springframework.security.core.Authentication;

/** How an API caller is named in the audit trail. */
final class Actors {

	private Actors() {
	}

	static String of(Authentication authentication) {
		return String.valueOf(authentication.getPrincipal());
	}

}
