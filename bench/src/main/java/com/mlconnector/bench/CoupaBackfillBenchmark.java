package com.mlconnector.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mlconnector.connectors.coupa.CoupaClient;
import com.mlconnector.connectors.coupa.CoupaClients;
import com.mlconnector.connectors.coupa.CoupaConnectionDetails;
import com.mlconnector.connectors.coupa.CoupaQuery;

/**
 * Backfill throughput: page every invoice of a Coupa instance holding N invoices through the real
 * connector (OAuth2, 50-row offset paging as a lazy stream, the production rate limiter of 20 req/s)
 * against the stand-alone sandbox in its own JVM. Reports wall time, invoices/s, requests/s and the
 * client's peak heap.
 *
 * <pre>java -jar bench/target/mlc-bench-0.1.0-SNAPSHOT.jar [invoices=100000] [sandboxJar=sandbox/target/mlc-sandbox-0.1.0-SNAPSHOT-exec.jar]</pre>
 */
public final class CoupaBackfillBenchmark {

	private CoupaBackfillBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int invoices = Integer.parseInt(arg(args, "invoices", "100000"));
		Path jar = Path.of(arg(args, "sandboxJar", "sandbox/target/mlc-sandbox-0.1.0-SNAPSHOT-exec.jar"));
		try (SandboxProcess sandbox = SandboxProcess.start(jar, List.of("--sandbox.coupa.invoices=" + invoices))) {
			CoupaClient client = CoupaClients.withDefaults()
				.client(new CoupaConnectionDetails(UUID.randomUUID(), UUID.randomUUID(), sandbox.baseUrl(),
						"mlc-demo-client", "mlc-demo-secret", Set.of("core.invoice.read")));
			resetPeaks();
			AtomicLong count = new AtomicLong();
			long start = System.nanoTime();
			BigDecimal total = client.invoices(CoupaQuery.all().fields("id", "status", "gross-total"))
				.peek((invoice) -> count.incrementAndGet())
				.map((invoice) -> (invoice.grossTotal() != null) ? invoice.grossTotal() : BigDecimal.ZERO)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			double seconds = (System.nanoTime() - start) / 1e9;
			long pages = (count.get() + CoupaQuery.MAX_PAGE_SIZE - 1) / CoupaQuery.MAX_PAGE_SIZE;
			System.out.printf("invoices read      %d (of %d), sum of totals %s%n", count.get(), invoices, total);
			System.out.printf("wall time          %.1f s%n", seconds);
			System.out.printf("throughput         %.0f invoices/s, %.1f requests/s (%d pages of %d)%n",
					count.get() / seconds, pages / seconds, pages, CoupaQuery.MAX_PAGE_SIZE);
			System.out.printf("client peak heap   %.1f MiB (max heap %.0f MiB)%n", peakHeapMiB(),
					Runtime.getRuntime().maxMemory() / 1048576.0);
		}
	}

	private static String arg(String[] args, String name, String fallback) {
		for (String arg : args) {
			if (arg.startsWith(name + "=")) {
				return arg.substring(name.length() + 1);
			}
		}
		return fallback;
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static double peakHeapMiB() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / 1048576.0;
	}

}
