package com.mlconnector.web.security;

/** The platform operator, authenticated by the token bootstrapped from {@code MLC_PLATFORM_TOKEN}. */
public record PlatformOperator() {

	@Override
	public String toString() {
		return "platform-operator";
	}

}
