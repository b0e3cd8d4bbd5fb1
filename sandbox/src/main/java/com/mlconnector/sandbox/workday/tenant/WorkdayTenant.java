package com.mlconnector.sandbox.workday.tenant;

import java.util.function.Consumer;
import java.util.function.Function;

import com.mlconnector.sandbox.workday.WorkdaySandboxProperties;

import org.springframework.stereotype.Component;

/**
 * The one sandbox tenant. Every access runs under a single lock, so a Submit_* validates and writes atomically and
 * a reset never interleaves with a request.
 */
@Component("workdaySandboxTenant")
public class WorkdayTenant {

	private final Object lock = new Object();

	private TenantData data;

	public WorkdayTenant(WorkdaySandboxProperties properties) {
		this.data = TenantSeeder.seed(properties.seed(), properties.seededInvoices());
	}

	/** Rebuilds the tenant from the World of {@code seed}, with {@code invoices} pre-existing supplier invoices. */
	public void reset(long seed, int invoices) {
		TenantData fresh = TenantSeeder.seed(seed, invoices);
		synchronized (this.lock) {
			this.data = fresh;
		}
	}

	public <T> T read(Function<TenantData, T> reader) {
		synchronized (this.lock) {
			return reader.apply(this.data);
		}
	}

	public <T> T write(Function<TenantData, T> writer) {
		synchronized (this.lock) {
			return writer.apply(this.data);
		}
	}

	public void update(Consumer<TenantData> writer) {
		synchronized (this.lock) {
			writer.accept(this.data);
		}
	}

}
