package com.mlconnector.sandbox.workday.tenant;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Workday IDs: 32 lower-case hex characters (NOTES.md §1), derived from the object's kind and key. */
public final class Wids {

	private Wids() {
	}

	public static String of(String kind, String key) {
		return UUID.nameUUIDFromBytes((kind + "|" + key).getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
	}

}
