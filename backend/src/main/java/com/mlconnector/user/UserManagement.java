package com.mlconnector.user;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.mlconnector.audit.AuditTrail;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Users of the current tenant. */
@Service
public class UserManagement {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	UserManagement(UserRepository users, PasswordEncoder passwordEncoder, AuditTrail audit) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	/**
	 * Adds a user to the current tenant, inside the caller's transaction.
	 * @throws UserException when the e-mail is taken or the password is weak
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UserAccount add(String email, String displayName, String password, Role role, String actor) {
		String normalised = normaliseEmail(email);
		PasswordPolicy.weakness(password, normalised).ifPresent((reason) -> {
			throw new UserException(reason);
		});
		if (role == Role.PLATFORM_ADMIN) {
			throw new UserException("The platform admin role cannot be given to a tenant user");
		}
		UserAccount user = new UserAccount(UUID.randomUUID(), normalised, displayName.trim(),
				passwordEncoder.encode(password), role);
		try {
			users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			throw new UserException("An account with this e-mail address already exists");
		}
		audit.record(actor, "user.created", "user", user.getId().toString(), AuditTrail.Outcome.SUCCESS,
				"role " + role);
		return user;
	}

	@Transactional(readOnly = true)
	public List<UserAccount> list() {
		return users.findAllByOrderByEmail();
	}

	static String normaliseEmail(String email) {
		String trimmed = (email != null) ? email.trim().toLowerCase(Locale.ROOT) : "";
		if (trimmed.length() > 320 || !trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new UserException("Enter a valid e-mail address");
		}
		return trimmed;
	}

}
