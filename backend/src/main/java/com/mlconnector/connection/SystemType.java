package com.mlconnector.connection;

/** The two systems a tenant connects. */
public enum SystemType {

	COUPA, WORKDAY

}
