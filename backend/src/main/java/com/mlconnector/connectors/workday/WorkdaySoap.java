package com.mlconnector.connectors.workday;

import java.net.http.HttpTimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import jakarta.xml.bind.JAXBElement;

import org.springframework.ws.client.WebServiceClientException;
import org.springframework.ws.client.WebServiceIOException;
import org.springframework.ws.client.WebServiceTransportException;
import org.springframework.ws.client.core.WebServiceTemplate;

/**
 * Sends one SOAP request to one Workday service and maps every failure to a {@link WorkdayException}. Retries wrap
 * each attempt; the tenant's circuit breaker wraps the whole retried call, so one logical call counts once.
 */
final class WorkdaySoap {

	private static final Pattern HTTP_STATUS = Pattern.compile("\\[(\\d{3})]");

	private final WorkdayConnectionDetails details;

	private final WebServiceTemplate template;

	private final Retry retry;

	private final CircuitBreaker circuitBreaker;

	WorkdaySoap(WorkdayConnectionDetails details, WebServiceTemplate template, Retry retry,
			CircuitBreaker circuitBreaker) {
		this.details = details;
		this.template = template;
		this.retry = retry;
		this.circuitBreaker = circuitBreaker;
	}

	/** Sends a read (safe to repeat) and returns the response element's value. */
	<T> T call(WorkdayService service, JAXBElement<?> request, Class<T> responseType) {
		return call(service, request, responseType, false);
	}

	/**
	 * Sends a submit. It is retried only when Workday surely did not apply it (a fault answer, 429, a
	 * refused connection); a timeout, reset or 5xx after sending leaves the outcome unknown and is not
	 * retried (see {@link WorkdayTransientException#outcomeUnknown()}).
	 */
	<T> T submit(WorkdayService service, JAXBElement<?> request, Class<T> responseType) {
		return call(service, request, responseType, true);
	}

	private <T> T call(WorkdayService service, JAXBElement<?> request, Class<T> responseType, boolean write) {
		Supplier<T> attempt = () -> once(service, request, responseType, write);
		try {
			return this.circuitBreaker.executeSupplier(Retry.decorateSupplier(this.retry, attempt));
		}
		catch (CallNotPermittedException ex) {
			throw new WorkdayTransientException("Workday calls for this tenant are paused after repeated failures; "
					+ "they resume automatically", ex);
		}
	}

	private <T> T once(WorkdayService service, JAXBElement<?> request, Class<T> responseType, boolean write) {
		String operation = request.getName().getLocalPart().replace("_Request", "");
		Object response;
		try {
			response = this.template.marshalSendAndReceive(this.details.serviceUri(service).toString(), request);
		}
		catch (WorkdayException ex) {
			throw ex;
		}
		// a transport exception is an IO exception with an HTTP status, so it goes first
		catch (WebServiceTransportException ex) {
			throw transport(operation, ex, write);
		}
		catch (WebServiceIOException ex) {
			boolean unknown = write && !neverSent(ex);
			throw new WorkdayTransientException(operation + ": " + ioProblem(ex) + (unknown ? OUTCOME_UNKNOWN : ""), ex,
					unknown);
		}
		catch (WebServiceClientException ex) {
			throw new WorkdayRequestException(operation + ": unexpected answer from Workday ("
					+ ex.getClass().getSimpleName() + ")", ex);
		}
		Object value = (response instanceof JAXBElement<?> element) ? element.getValue() : response;
		if (!responseType.isInstance(value)) {
			throw new WorkdayRequestException(operation + ": unexpected response element from Workday", null);
		}
		return responseType.cast(value);
	}

	private static final String OUTCOME_UNKNOWN = "; Workday may or may not have applied it, so it was not sent"
			+ " again: look it up by its id before resubmitting";

	/** A refused connection means the request never left; anything later may have reached Workday. */
	private static boolean neverSent(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException) {
				return true;
			}
		}
		return false;
	}

	private static String ioProblem(WebServiceIOException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
				return "Workday did not answer in time";
			}
		}
		return "the connection to Workday failed (" + rootName(ex) + ")";
	}

	private static String rootName(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

	private WorkdayException transport(String operation, WebServiceTransportException ex, boolean write) {
		Matcher status = HTTP_STATUS.matcher(String.valueOf(ex.getMessage()));
		int code = status.find() ? Integer.parseInt(status.group(1)) : 0;
		if (code == 429) {
			// rate limited: not processed, safe to send again even for a submit
			return new WorkdayTransientException(operation + ": Workday answered HTTP 429", ex);
		}
		if (code >= 500 || code == 0) {
			return new WorkdayTransientException(
					operation + ": Workday answered HTTP " + code + (write ? OUTCOME_UNKNOWN : ""), ex, write);
		}
		if (code == 404) {
			return new WorkdayRequestException(operation + ": Workday has no such service for tenant '"
					+ this.details.tenantName() + "' and version " + this.details.wsdlVersion()
					+ " (check both)", ex);
		}
		return new WorkdayRequestException(operation + ": Workday answered HTTP " + code, ex);
	}

}
