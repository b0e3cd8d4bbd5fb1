package com.mlconnector.tenancy;

import java.util.concurrent.Callable;

/**
 * A value bound to the current thread for the duration of a piece of work, restoring whatever was
 * bound before (so bindings nest) and never leaking past the work, even when it throws.
 */
final class ThreadBinding<T> {

	private final ThreadLocal<T> current = new ThreadLocal<>();

	T get() {
		return current.get();
	}

	<R> R call(T value, Callable<R> work) {
		T previous = current.get();
		set(value);
		try {
			return work.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			set(previous);
		}
	}

	/** Binds {@code value} until the returned scope is closed. */
	TenantContext.Scope open(T value) {
		T previous = current.get();
		set(value);
		return () -> set(previous);
	}

	private void set(T value) {
		if (value == null) {
			current.remove();
		}
		else {
			current.set(value);
		}
	}

}
