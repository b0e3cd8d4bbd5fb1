package com.mlconnector.ping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Runs ping steps in order, timing each. The first failing step fails the run; every later step is
 * recorded as {@link Verdict#SKIPPED}, so the customer sees exactly which step is red.
 */
public final class PingRun {

	private final List<StepResult> steps = new ArrayList<>();

	private boolean failed;

	/**
	 * Runs a step. The action returns a short success detail (or a value whose {@code toString()} is
	 * one); {@link PingFailure} fails the step with its message, any other exception fails it with a
	 * generic message (its own text may carry internals).
	 */
	public <T> Optional<T> step(String name, Callable<T> action) {
		if (failed) {
			steps.add(new StepResult(name, Verdict.SKIPPED, "not run: an earlier step failed", 0));
			return Optional.empty();
		}
		long start = System.nanoTime();
		try {
			T value = action.call();
			steps.add(new StepResult(name, Verdict.PASS, (value instanceof String text) ? text : "ok", elapsed(start)));
			return Optional.ofNullable(value);
		}
		catch (PingFailure ex) {
			return fail(name, ex.getMessage(), start);
		}
		catch (Exception ex) {
			return fail(name, "unexpected error (" + ex.getClass().getSimpleName() + ")", start);
		}
	}

	/** Records a permission that cannot be checked without writing. */
	public void notVerifiable(String name, String reason) {
		steps.add(new StepResult(name, failed ? Verdict.SKIPPED : Verdict.NOT_VERIFIABLE,
				failed ? "not run: an earlier step failed" : reason, 0));
	}

	public boolean failed() {
		return failed;
	}

	public List<StepResult> steps() {
		return List.copyOf(steps);
	}

	private <T> Optional<T> fail(String name, String message, long start) {
		failed = true;
		steps.add(new StepResult(name, Verdict.FAIL, message, elapsed(start)));
		return Optional.empty();
	}

	private static long elapsed(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
