package com.mlconnector.web.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.mlconnector.tenant.TenantManagement;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the browser session of a user whose organisation was suspended after they signed in. An
 * active tenant's status is read again at most every {@code mlc.security.tenant-recheck} (30 s by
 * default), so a suspension takes effect within that time, on every pod, without a query per page.
 */
class SuspendedTenantFilter extends OncePerRequestFilter {

	private final TenantManagement tenants;

	private final Duration recheck;

	private final Map<UUID, Long> activeUntil = new ConcurrentHashMap<>();

	SuspendedTenantFilter(TenantManagement tenants, Duration recheck) {
		this.tenants = tenants;
		this.recheck = recheck;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof MlcUser user && !active(user.tenantId())) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?suspended");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean active(UUID tenantId) {
		long now = System.nanoTime();
		Long until = activeUntil.get(tenantId);
		if (until != null && until - now > 0) {
			return true;
		}
		boolean active = tenants.isActive(tenantId);
		if (active) {
			activeUntil.put(tenantId, now + recheck.toNanos());
		}
		else {
			activeUntil.remove(tenantId);
		}
		return active;
	}

}
