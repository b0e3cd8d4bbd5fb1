package com.mlconnector.sandbox.coupa.admin;

import java.time.Duration;
import java.util.Map;

import com.mlconnector.sandbox.coupa.CoupaKnobs;
import com.mlconnector.sandbox.coupa.CoupaProperties;
import com.mlconnector.sandbox.coupa.auth.CoupaRateLimiter;
import com.mlconnector.sandbox.coupa.doc.DocValues;
import com.mlconnector.sandbox.coupa.doc.Docs;
import com.mlconnector.sandbox.coupa.events.EventTargets;
import com.mlconnector.sandbox.coupa.store.CoupaInstance;
import com.mlconnector.sandbox.faults.FaultInjector;
import com.mlconnector.sandbox.faults.FaultKnobs;
import com.mlconnector.sandbox.faults.RequestLog;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Instance-wide admin: reset/seed, Coupa knobs, generic fault knobs and the request log. */
@RestController("coupaSandboxAdminController")
@RequestMapping("${sandbox.coupa.path-prefix:/sandbox/coupa}/_admin")
class CoupaAdminController {

	private static final String SYSTEM = "coupa";

	private final CoupaInstance instance;

	private final CoupaKnobs knobs;

	private final CoupaRateLimiter limiter;

	private final EventTargets events;

	private final FaultInjector faults;

	private final RequestLog requests;

	private final CoupaProperties properties;

	CoupaAdminController(CoupaInstance instance, CoupaKnobs knobs, CoupaRateLimiter limiter, EventTargets events,
			FaultInjector faults, RequestLog requests, CoupaProperties properties) {
		this.instance = instance;
		this.knobs = knobs;
		this.limiter = limiter;
		this.events = events;
		this.faults = faults;
		this.requests = requests;
		this.properties = properties;
	}

	/** Fresh instance from {@code World.generate(seed, invoices)}; knobs, faults, targets and logs reset too. */
	@PostMapping("/reset")
	ResponseEntity<String> reset(@RequestParam(required = false) Long seed,
			@RequestParam(required = false) Integer invoices) {
		long s = (seed != null) ? seed : this.properties.seed();
		int n = (invoices != null) ? invoices : this.properties.invoices();
		this.instance.reset(s, n);
		this.knobs.reset();
		this.limiter.reset();
		this.events.clear();
		this.faults.reset(SYSTEM);
		this.requests.clear(SYSTEM);
		return info();
	}

	@GetMapping("/info")
	ResponseEntity<String> info() {
		return AdminJson.ok(Docs.doc("seed", this.instance.world().seed(), "invoices", this.instance.invoices().size(),
				"invoices-in-memory", (long) this.instance.invoices().overlaySize(), "suppliers",
				this.instance.suppliers().stream().count(), "purchase-orders",
				this.instance.purchaseOrders().stream().count(), "accounts", this.instance.accounts().stream().count()));
	}

	@GetMapping("/knobs")
	ResponseEntity<String> knobs() {
		CoupaProperties.RateLimit limit = this.knobs.rateLimit();
		return AdminJson.ok(Docs.doc("rate-limit", Docs.doc("enabled", limit.enabled(), "per-second",
				limit.perSecond(), "burst", (long) limit.burst(), "retry-after", limit.retryAfter()),
				"token-ttl-seconds", this.knobs.tokenTtl().toSeconds()));
	}

	/** Partial update: {@code {"rate-limit": {"enabled": true, "retry-after": false}, "token-ttl-seconds": 5}}. */
	@PutMapping("/knobs")
	ResponseEntity<String> setKnobs(@RequestBody(required = false) byte[] body) {
		Map<String, Object> in = AdminJson.read(body);
		CoupaProperties.RateLimit current = this.knobs.rateLimit();
		Map<String, Object> limit = Docs.map(AdminJson.get(in, "rateLimit"));
		CoupaProperties.RateLimit next = (limit == null) ? null : new CoupaProperties.RateLimit(
				bool(AdminJson.get(limit, "enabled"), current.enabled()),
				(AdminJson.get(limit, "perSecond") != null)
						? DocValues.decimal(AdminJson.get(limit, "perSecond")).doubleValue() : current.perSecond(),
				(AdminJson.get(limit, "burst") != null) ? DocValues.integer(AdminJson.get(limit, "burst")).intValue()
						: current.burst(),
				bool(AdminJson.get(limit, "retryAfter"), current.retryAfter()));
		Long ttl = DocValues.integer(AdminJson.get(in, "tokenTtlSeconds"));
		this.knobs.set(next, (ttl != null) ? Duration.ofSeconds(ttl) : null);
		return knobs();
	}

	@DeleteMapping("/knobs")
	ResponseEntity<String> resetKnobs() {
		this.knobs.reset();
		return knobs();
	}

	@GetMapping("/faults")
	ResponseEntity<String> faults() {
		return AdminJson.ok(this.faults.knobs(SYSTEM));
	}

	/** Fields of {@code FaultKnobs}, camelCase or hyphenated; missing ones keep their value. */
	@PutMapping("/faults")
	ResponseEntity<String> setFaults(@RequestBody(required = false) byte[] body) {
		Map<String, Object> in = AdminJson.read(body);
		FaultKnobs c = this.faults.knobs(SYSTEM);
		this.faults.set(SYSTEM, new FaultKnobs(num(in, "latencyMs", c.latencyMs()),
				num(in, "latencyJitterMs", c.latencyJitterMs()), dbl(in, "rate429", c.rate429()),
				bool(AdminJson.get(in, "retryAfter"), c.retryAfter()),
				(int) num(in, "retryAfterSeconds", c.retryAfterSeconds()), dbl(in, "rate5xx", c.rate5xx()),
				dbl(in, "connectionResetRate", c.connectionResetRate()), num(in, "lateResponseMs", c.lateResponseMs())));
		return faults();
	}

	@DeleteMapping("/faults")
	ResponseEntity<String> resetFaults() {
		this.faults.reset(SYSTEM);
		return faults();
	}

	@GetMapping("/requests")
	ResponseEntity<String> requests() {
		return AdminJson.ok(this.requests.entries(SYSTEM));
	}

	@DeleteMapping("/requests")
	ResponseEntity<String> clearRequests() {
		this.requests.clear(SYSTEM);
		return AdminJson.ok(Docs.doc("cleared", true));
	}

	private static boolean bool(Object value, boolean fallback) {
		return (value != null) ? DocValues.bool(value) : fallback;
	}

	private static long num(Map<String, Object> in, String key, long fallback) {
		Long value = DocValues.integer(AdminJson.get(in, key));
		return (value != null) ? value : fallback;
	}

	private static double dbl(Map<String, Object> in, String key, double fallback) {
		Object value = AdminJson.get(in, key);
		return (value != null) ? DocValues.decimal(value).doubleValue() : fallback;
	}

}
