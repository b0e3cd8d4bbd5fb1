package com.mlconnector.web.api;

/** The resource does not exist for this caller (another tenant's resources do not exist either). */
class NotFoundException extends RuntimeException {

	NotFoundException(String what) {
		super(what + " not found");
	}

}
