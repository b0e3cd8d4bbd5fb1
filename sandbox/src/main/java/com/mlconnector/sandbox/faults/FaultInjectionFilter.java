package com.mlconnector.sandbox.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies one system's {@link FaultKnobs} to the requests that belong to it and records each of them in the
 * {@link RequestLog}. Order per request: latency, then connection reset, 429, 5xx (each drawn independently; a
 * faulted request is not applied), then the request itself, then the late-response delay.
 */
public class FaultInjectionFilter extends OncePerRequestFilter {

	private final String system;

	private final Predicate<HttpServletRequest> applies;

	private final FaultInjector injector;

	private final RequestLog log;

	public FaultInjectionFilter(String system, Predicate<HttpServletRequest> applies, FaultInjector injector,
			RequestLog log) {
		this.system = system;
		this.applies = applies;
		this.injector = injector;
		this.log = log;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.applies.test(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		Instant at = Instant.now();
		FaultKnobs knobs = this.injector.knobs(this.system);
		int status = STATUS_UNKNOWN;
		try {
			status = handle(request, response, chain, knobs);
		}
		finally {
			if (status == STATUS_UNKNOWN) {
				status = response.getStatus();
			}
			long durationMs = (System.nanoTime() - start) / 1_000_000;
			this.log.record(new RequestLog.Entry(at, this.system, request.getMethod(), request.getRequestURI(),
					request.getQueryString(), status, durationMs, clientId(request)));
		}
	}

	private static final int STATUS_UNKNOWN = -1;

	private int handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain, FaultKnobs knobs)
			throws IOException, ServletException {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		sleep(knobs.latencyMs() + ((knobs.latencyJitterMs() > 0) ? random.nextLong(knobs.latencyJitterMs() + 1) : 0));
		if (hits(knobs.connectionResetRate(), random)) {
			ConnectionReset.closeNow(response);
			return RequestLog.STATUS_CONNECTION_RESET;
		}
		if (hits(knobs.rate429(), random)) {
			if (knobs.retryAfter()) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(knobs.retryAfterSeconds()));
			}
			writePlain(response, 429, "Too Many Requests (sandbox fault)");
			return 429;
		}
		if (hits(knobs.rate5xx(), random)) {
			writePlain(response, 503, "Service Unavailable (sandbox fault)");
			return 503;
		}
		if (knobs.lateResponseMs() <= 0) {
			chain.doFilter(request, response);
			return response.getStatus();
		}
		// Buffer the answer so nothing reaches the client before the delay; the change is already applied.
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		sleep(knobs.lateResponseMs());
		int status = buffered.getStatus();
		try {
			buffered.copyBodyToResponse();
		}
		catch (IOException ex) {
			// The client gave up waiting, which is what this knob is for: nothing to report.
		}
		return status;
	}

	private static boolean hits(double rate, ThreadLocalRandom random) {
		return rate > 0 && random.nextDouble() < rate;
	}

	private static void writePlain(HttpServletResponse response, int status, String body) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write(body);
	}

	private static void sleep(long millis) {
		if (millis <= 0) {
			return;
		}
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String clientId(HttpServletRequest request) {
		Object attribute = request.getAttribute(RequestLog.CLIENT_ID_ATTRIBUTE);
		if (attribute != null) {
			return attribute.toString();
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return (colon >= 0) ? decoded.substring(0, colon) : decoded;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

}
