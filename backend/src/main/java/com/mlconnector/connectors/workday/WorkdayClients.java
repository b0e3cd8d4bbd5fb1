package com.mlconnector.connectors.workday;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.webservices.client.WebServiceMessageSenderFactory;
import org.springframework.boot.webservices.client.WebServiceTemplateBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.oxm.jaxb.Jaxb2Marshaller;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.ws.client.core.WebServiceTemplate;
import org.springframework.ws.client.support.interceptor.ClientInterceptor;
import org.springframework.ws.soap.saaj.SaajSoapMessageFactory;
import org.springframework.ws.soap.security.wss4j2.Wss4jSecurityInterceptor;

/**
 * Builds and caches one {@link WorkdayClient} per connection. A client is rebuilt when the connection's details
 * change (e.g. a rotated password). The JAXB context and the per-tenant circuit breakers are shared.
 */
@Component
public class WorkdayClients {

	private static final String WSDL_PACKAGE = "com.mlconnector.connectors.workday.wsdl";

	private final WorkdayClientSettings settings;

	private final List<ClientInterceptor> extraInterceptors;

	private final CircuitBreakerRegistry circuitBreakers;

	private final Map<UUID, WorkdayClient> clients = new ConcurrentHashMap<>();

	private volatile Shared shared;

	public WorkdayClients() {
		this(WorkdayClientSettings.defaults(), List.of());
	}

	/** For tests: other timeouts and retry policy, and interceptors that see every SOAP message. */
	WorkdayClients(WorkdayClientSettings settings, List<ClientInterceptor> extraInterceptors) {
		this.settings = settings;
		this.extraInterceptors = List.copyOf(extraInterceptors);
		// Validation faults say nothing about Workday's health, so they never open the circuit.
		this.circuitBreakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowSize(20)
			.minimumNumberOfCalls(10)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofSeconds(60))
			.ignoreExceptions(WorkdayValidationException.class, WorkdayRequestException.class)
			.build());
	}

	/** The client for this connection, built on first use and rebuilt when the details differ. */
	public WorkdayClient client(WorkdayConnectionDetails details) {
		return clients.compute(details.connectionId(),
				(id, existing) -> (existing != null && existing.details().equals(details)) ? existing : build(details));
	}

	/** Forgets a connection's client (e.g. when the connection is deleted). */
	public void evict(UUID connectionId) {
		clients.remove(connectionId);
	}

	private WorkdayClient build(WorkdayConnectionDetails details) {
		HttpClientSettings http = HttpClientSettings.defaults()
			.withTimeouts(settings.connectTimeout(), settings.readTimeout());
		ClientHttpRequestFactory requestFactory = ClientHttpRequestFactoryBuilder.jdk().build(http);
		Jaxb2Marshaller jaxb = shared().marshaller();
		WebServiceTemplate template = new WebServiceTemplateBuilder()
			.setWebServiceMessageFactory(shared().messageFactory())
			.httpMessageSenderFactory(WebServiceMessageSenderFactory.http(ClientHttpRequestFactoryBuilder.jdk(), http))
			.setMarshaller(jaxb)
			.setUnmarshaller(jaxb)
			.setFaultMessageResolver(new WorkdayFaultResolver(jaxb))
			.interceptors(security(details))
			.additionalInterceptors(extraInterceptors)
			.build();
		WorkdaySoap soap = new WorkdaySoap(details, template, retry(details), circuitBreaker(details));
		return new WorkdayClient(details, soap, new WorkdayTokens(details, requestFactory),
				RestClient.builder().requestFactory(requestFactory));
	}

	/** WS-Security UsernameToken {@code user@tenant} with PasswordText, as Workday expects (NOTES §1). */
	private static Wss4jSecurityInterceptor security(WorkdayConnectionDetails details) {
		Wss4jSecurityInterceptor security = new Wss4jSecurityInterceptor();
		security.setSecurementActions("UsernameToken");
		security.setSecurementUsername(details.soapUsername());
		security.setSecurementPassword(details.isuPassword());
		security.setSecurementPasswordType("PasswordText");
		// Workday does not sign its responses; there is nothing to validate
		security.setValidateResponse(false);
		try {
			security.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException("WS-Security setup failed", ex);
		}
		return security;
	}

	private Retry retry(WorkdayConnectionDetails details) {
		return Retry.of("workday-" + details.connectionId(), RetryConfig.custom()
			.maxAttempts(settings.maxAttempts())
			.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5))
			// only faults that may go away: never validation, authentication or request errors
			.retryOnException((ex) -> ex instanceof WorkdayException workday && workday.retryable())
			.build());
	}

	private CircuitBreaker circuitBreaker(WorkdayConnectionDetails details) {
		// one breaker per tenant and system; without a tenant (never in production) fall back to the connection
		Object owner = (details.tenantId() != null) ? details.tenantId() : details.connectionId();
		return circuitBreakers.circuitBreaker("workday:" + owner);
	}

	/**
	 * The JAXB context (~300 classes, about a second to build) and the SAAJ message factory, shared by all clients
	 * and built lazily because many application contexts never call Workday.
	 */
	private Shared shared() {
		Shared result = shared;
		if (result == null) {
			synchronized (this) {
				result = shared;
				if (result == null) {
					Jaxb2Marshaller jaxb = new Jaxb2Marshaller();
					jaxb.setContextPath(WSDL_PACKAGE);
					SaajSoapMessageFactory messages = new SaajSoapMessageFactory();
					try {
						jaxb.afterPropertiesSet();
						messages.afterPropertiesSet();
					}
					catch (Exception ex) {
						throw new IllegalStateException("Workday SOAP setup failed", ex);
					}
					result = new Shared(jaxb, messages);
					shared = result;
				}
			}
		}
		return result;
	}

	private record Shared(Jaxb2Marshaller marshaller, SaajSoapMessageFactory messageFactory) {
	}

}
