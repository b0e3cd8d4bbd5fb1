package com.mlconnector.connectors.coupa;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * Builds and caches one {@link CoupaClient} per tenant and connection. The client keeps its token between
 * calls; when the details change (a new secret, other scopes) the next {@link #client} call builds a new one.
 * Rate limiters are shared per Coupa instance (base URL) across tenants, since Coupa's limit is per instance;
 * circuit breakers are per tenant.
 */
public class CoupaClients {

	private final CoupaProperties properties;

	private final Clock clock;

	private final RandomGenerator random;

	private final ObjectMapper json = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final RateLimiterRegistry rateLimiters;

	private final CircuitBreakerRegistry breakers;

	private final Map<Key, CoupaClient> clients = new ConcurrentHashMap<>();

	private final Map<Key, CoupaConnectionDetails> detailsByKey = new ConcurrentHashMap<>();

	private record Key(UUID tenantId, UUID connectionId) {
	}

	/** A factory with the default settings, for use outside a Spring context. */
	public static CoupaClients withDefaults() {
		return new CoupaClients(CoupaProperties.defaults(), Clock.systemUTC());
	}

	CoupaClients(CoupaProperties properties, Clock clock) {
		this(properties, clock, RandomGenerator.getDefault());
	}

	CoupaClients(CoupaProperties properties, Clock clock, RandomGenerator random) {
		this.properties = properties;
		this.clock = clock;
		this.random = random;
		long periodNanos = Math.round(1_000_000_000d / properties.requestsPerSecond());
		// one permit per period spreads requests evenly, so Coupa's burst allowance is never needed
		this.rateLimiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
			.limitForPeriod(1)
			.limitRefreshPeriod(Duration.ofNanos(periodNanos))
			.timeoutDuration(properties.rateLimitWait())
			.build());
		CoupaProperties.CircuitBreaker cb = properties.circuitBreaker();
		this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(cb.failureRatePercent())
			.minimumNumberOfCalls(cb.minimumCalls())
			.slidingWindowSize(cb.windowSize())
			.waitDurationInOpenState(cb.openWait())
			// only outages count; a rejected supplier or a wrong id says nothing about Coupa's health
			.recordException((ex) -> ex instanceof CoupaTransientException)
			.ignoreException((ex) -> ex instanceof CoupaException && !(ex instanceof CoupaTransientException))
			.build());
	}

	/** The cached client of this tenant's connection; rebuilt when the details differ from the cached ones. */
	public CoupaClient client(CoupaConnectionDetails details) {
		Objects.requireNonNull(details.tenantId(), "tenantId");
		Key key = new Key(details.tenantId(), details.connectionId());
		return this.clients.compute(key, (k, existing) -> {
			if (existing != null && details.equals(this.detailsByKey.get(k))) {
				return existing;
			}
			this.detailsByKey.put(k, details);
			return build(details, retry("coupa-" + details.connectionId(), this.properties.maxAttempts()),
					this.breakers.circuitBreaker("coupa-" + details.tenantId()));
		});
	}

	/**
	 * A fresh, uncached client for "ping your systems": it fetches its own token (so the grant is really
	 * tested), tries each call at most twice and bypasses the circuit breaker. Still rate limited.
	 */
	public CoupaClient forProbe(CoupaConnectionDetails details) {
		return build(details, retry("coupa-probe-" + details.connectionId(), 2), null);
	}

	/** Forgets the client (and its token), e.g. when the connection is deleted. */
	public void evict(UUID tenantId, UUID connectionId) {
		Key key = new Key(tenantId, connectionId);
		this.clients.remove(key);
		this.detailsByKey.remove(key);
	}

	/** The breaker of a tenant, e.g. for a health view. */
	CircuitBreaker breaker(UUID tenantId) {
		return this.breakers.circuitBreaker("coupa-" + tenantId);
	}

	private CoupaClient build(CoupaConnectionDetails details, Retry retry, CircuitBreaker breaker) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(this.properties.connectTimeout()).build());
		factory.setReadTimeout(this.properties.readTimeout());
		RestClient tokenRest = RestClient.builder()
			.requestFactory(factory)
			.configureMessageConverters((converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(HttpStatusCode::isError, TokenErrors::raise)
			.build();
		CoupaTokens tokens = new CoupaTokens(details, tokenRest, this.properties.tokenClockSkew(), this.clock);
		RateLimiter limiter = this.rateLimiters.rateLimiter(details.baseUrl().toLowerCase(Locale.ROOT));
		Runnable permit = () -> {
			try {
				RateLimiter.waitForPermission(limiter);
			}
			catch (RequestNotPermitted ex) {
				throw new CoupaTransientException(0, null, false,
						"Too many calls queued for this Coupa instance; try again later", ex);
			}
		};
		CoupaHttp http = new CoupaHttp(details.baseUrl(), RestClient.builder().requestFactory(factory).build(),
				tokens, permit, this.json, this.clock);
		return new CoupaClient(details.baseUrl(), tokens, http, new CoupaGuard(retry, breaker), this.json);
	}

	private Retry retry(String name, int maxAttempts) {
		Duration maxRetryAfter = this.properties.maxRetryAfter();
		return Retry.of(name, RetryConfig.custom()
			.maxAttempts(maxAttempts)
			.intervalBiFunction(new Backoff(this.properties.initialBackoff(), this.properties.maxBackoff(), this.random))
			.retryOnException((ex) -> ex instanceof CoupaTransientException t && !t.outcomeUnknown()
					&& t.retryAfter().map((wait) -> wait.compareTo(maxRetryAfter) <= 0).orElse(true))
			.build());
	}

}
