package com.mlconnector.web.security;

import java.time.Instant;

import com.mlconnector.user.UserDirectory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the person behind an e-mail address for form log-in. */
@Component
class MlcUserDetailsService implements UserDetailsService {

	private final UserDirectory directory;

	MlcUserDetailsService(UserDirectory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return directory.findByEmail(email)
			.map((identity) -> new MlcUser(identity, identity.isLocked(Instant.now())))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
