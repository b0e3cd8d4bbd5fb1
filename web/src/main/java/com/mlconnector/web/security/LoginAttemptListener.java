package com.mlconnector.web.security;

import com.mlconnector.user.UserDirectory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed log-ins (locking the account after too many) and audits successful ones. */
@Component
class LoginAttemptListener {

	private final UserDirectory directory;

	LoginAttemptListener(UserDirectory directory) {
		this.directory = directory;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof String email) {
			directory.findByEmail(email).ifPresent(directory::recordFailure);
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof MlcUser user) {
			directory.findByEmail(user.getUsername()).ifPresent(directory::recordSuccess);
		}
	}

}
