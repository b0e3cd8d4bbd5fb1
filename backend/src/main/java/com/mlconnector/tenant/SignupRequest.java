package com.mlconnector.tenant;

/** What a new customer enters to sign up. */
public record SignupRequest(String companyName, String adminName, String email, String password) {

	@Override
	public String toString() {
		return "SignupRequest[companyName=" + companyName + ", email=" + email + "]";
	}

}
