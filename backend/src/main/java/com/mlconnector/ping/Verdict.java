package com.mlconnector.ping;

/** The outcome of one ping step. */
public enum Verdict {

	/** The step worked. */
	PASS,
	/** The step failed; its detail says why in plain language. Later steps are skipped. */
	FAIL,
	/** The permission cannot be checked without writing to the customer's system; never shown as green. */
	NOT_VERIFIABLE,
	/** Not run because an earlier step failed. */
	SKIPPED

}
