package com.mlconnector.connection;

import java.util.EnumSet;
import java.util.Set;

/** The write-only credential fields of a connection, by system. */
public enum SecretField {

	CLIENT_SECRET, REFRESH_TOKEN, ISU_PASSWORD;

	public static Set<SecretField> of(SystemType system) {
		return (system == SystemType.COUPA) ? EnumSet.of(CLIENT_SECRET)
				: EnumSet.of(CLIENT_SECRET, REFRESH_TOKEN, ISU_PASSWORD);
	}

}
