package com.mlconnector.apitoken;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API token may do. Authorities are {@code SCOPE_<value>}, e.g. {@code SCOPE_connections:read}. */
public enum ApiScope {

	CONNECTIONS_READ("connections:read"), CONNECTIONS_WRITE("connections:write"), SYNC_RUN("sync:run"),
	AUDIT_READ("audit:read"), TOKENS_MANAGE("tokens:manage");

	private final String value;

	ApiScope(String value) {
		this.value = value;
	}

	public String value() {
		return value;
	}

	public String authority() {
		return "SCOPE_" + value;
	}

	/** Parses a space- or comma-separated list; an unknown scope is an error, not ignored. */
	public static Set<ApiScope> parse(String text) {
		Set<ApiScope> scopes = new LinkedHashSet<>();
		if (text == null) {
			return scopes;
		}
		for (String item : text.split("[\\s,]+")) {
			if (item.isBlank()) {
				continue;
			}
			String wanted = item.trim().toLowerCase(Locale.ROOT);
			scopes.add(Arrays.stream(values())
				.filter((scope) -> scope.value.equals(wanted))
				.findFirst()
				.orElseThrow(() -> new ApiTokenException("Unknown scope '" + wanted + "'; known scopes: "
						+ format(EnumSet.allOf(ApiScope.class)))));
		}
		return scopes;
	}

	public static String format(Set<ApiScope> scopes) {
		return scopes.stream().map(ApiScope::value).collect(Collectors.joining(" "));
	}

}
