package com.mlconnector.user;

/**
 * What a user may do. Tenant roles nest: an admin can do what an operator can, an operator what a
 * viewer can. The platform admin administers tenants, not tenant data.
 */
public enum Role {

	TENANT_ADMIN, TENANT_OPERATOR, TENANT_VIEWER, PLATFORM_ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
