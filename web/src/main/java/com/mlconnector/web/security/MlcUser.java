package com.mlconnector.web.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.mlconnector.tenancy.TenantPrincipal;
import com.mlconnector.user.LoginIdentity;
import com.mlconnector.user.Role;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in person, kept in the HTTP session; the password hash is erased after sign-in. */
public final class MlcUser implements UserDetails, CredentialsContainer, TenantPrincipal {

	private static final long serialVersionUID = 1L;

	private final UUID tenantId;

	private final UUID userId;

	private final String email;

	private final String displayName;

	private final Role role;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	MlcUser(LoginIdentity identity, boolean locked) {
		this.tenantId = identity.tenantId();
		this.userId = identity.userId();
		this.email = identity.email();
		this.displayName = identity.displayName();
		this.role = identity.role();
		// a suspended organisation signs in no one
		this.enabled = identity.enabled() && identity.tenantActive();
		this.locked = locked;
		this.passwordHash = identity.passwordHash();
	}

	@Override
	public UUID tenantId() {
		return tenantId;
	}

	public UUID userId() {
		return userId;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "MlcUser[" + email + ", " + role + "]";
	}

}
