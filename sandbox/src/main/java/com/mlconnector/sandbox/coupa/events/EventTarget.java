package com.mlconnector.sandbox.coupa.events;

import java.util.Set;

/**
 * Where and how events are sent; configured through {@code _admin/event-targets}.
 *
 * @param id assigned by the sandbox
 * @param type {@code call-out} or {@code webhook}
 * @param url receiving endpoint
 * @param format call-outs: {@code json} or {@code xml}; webhooks are always JSON
 * @param events which of {@code invoice.status}, {@code invoice.payment}, {@code supplier}; empty = all
 * @param statuses invoice status events only for these statuses (e.g. {@code approved}); empty = all
 * @param tokenUrl call-outs: the receiver's OAuth2 token URL
 * @param clientId call-outs: client id Coupa authenticates with
 * @param clientSecret call-outs: client secret
 * @param scope call-outs: optional scope to ask for
 * @param secret webhooks: {@code whsec_<base64>} signing secret (generated when not given)
 */
public record EventTarget(String id, String type, String url, String format, Set<String> events,
		Set<String> statuses, String tokenUrl, String clientId, String clientSecret, String scope, String secret) {

	static final String CALL_OUT = "call-out";

	static final String WEBHOOK = "webhook";

	boolean wants(String event, Object status) {
		boolean eventOk = this.events == null || this.events.isEmpty() || this.events.contains(event);
		boolean statusOk = !"invoice.status".equals(event) || this.statuses == null || this.statuses.isEmpty()
				|| this.statuses.contains(String.valueOf(status));
		return eventOk && statusOk;
	}

}
