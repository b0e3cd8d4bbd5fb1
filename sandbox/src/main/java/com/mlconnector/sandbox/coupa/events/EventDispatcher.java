package com.mlconnector.sandbox.coupa.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mlconnector.sandbox.coupa.CoupaProperties;
import com.mlconnector.sandbox.coupa.doc.Docs;
import com.mlconnector.sandbox.coupa.doc.JsonDocs;
import com.mlconnector.sandbox.coupa.doc.XmlDocs;
import com.mlconnector.sandbox.coupa.store.CoupaChange;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns {@link CoupaChange}s into deliveries to every interested target, off the request thread.
 * A delivery is retried after {@code initialBackoff}, then twice as long each time, until
 * {@code maxAttempts}; a 2xx answer counts as delivered.
 */
@Component("coupaSandboxEventDispatcher")
public class EventDispatcher implements DisposableBean {

	private static final Log logger = LogFactory.getLog(EventDispatcher.class);

	private final EventTargets targets;

	private final CoupaProperties.Events settings;

	private final EventSender sender;

	private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, (runnable) -> {
		Thread thread = new Thread(runnable, "coupa-sandbox-events");
		thread.setDaemon(true);
		return thread;
	});

	public EventDispatcher(EventTargets targets, CoupaProperties properties) {
		this.targets = targets;
		this.settings = properties.events();
		this.sender = new EventSender(this.settings.timeout());
	}

	@EventListener
	public void on(CoupaChange change) {
		String event = switch (change.kind()) {
			case INVOICE_STATUS -> "invoice.status";
			case INVOICE_PAYMENT -> "invoice.payment";
			case SUPPLIER -> "supplier";
		};
		Map<String, Object> document = Docs.copy(change.document());
		for (EventTarget target : this.targets.targets()) {
			if (target.wants(event, document.get("status"))) {
				Delivery delivery = new Delivery("msg_" + UUID.randomUUID().toString().replace("-", ""), target.id(),
						event, change.resource(), change.id());
				this.targets.record(delivery);
				String body = body(target, event, change.resource(), document);
				this.executor.execute(() -> attempt(target, delivery, body));
			}
		}
	}

	private void attempt(EventTarget target, Delivery delivery, String body) {
		int status = 0;
		String error = null;
		try {
			status = EventTarget.WEBHOOK.equals(target.type()) ? this.sender.webhook(target, delivery.id(), body)
					: this.sender.callOut(target, body);
		}
		catch (java.io.IOException | RuntimeException ex) {
			error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		delivery.attempts().add(new Delivery.Attempt(Instant.now(), status, error));
		if (status >= 200 && status < 300) {
			delivery.state().set("delivered");
			return;
		}
		int attempts = delivery.attempts().size();
		if (attempts >= this.settings.maxAttempts()) {
			delivery.state().set("failed");
			logger.info("Coupa sandbox gave up delivering " + delivery.id() + " to " + target.url());
			return;
		}
		Duration backoff = this.settings.initialBackoff().multipliedBy(1L << Math.min(20, attempts - 1));
		this.executor.schedule(() -> attempt(target, delivery, body), backoff.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Call-outs carry the document as the API shows it; webhooks a small typed envelope. */
	private static String body(EventTarget target, String event, String resource, Map<String, Object> document) {
		if (EventTarget.CALL_OUT.equals(target.type())) {
			String root = "invoices".equals(resource) ? "invoice-header" : "supplier";
			return "xml".equals(target.format()) ? XmlDocs.write(root, document) : JsonDocs.write(document);
		}
		String type = switch (event) {
			case "invoice.status" -> "invoice.status_changed";
			case "invoice.payment" -> "invoice.payment_recorded";
			default -> "supplier.changed";
		};
		return JsonDocs.write(Docs.doc("type", type, "timestamp", Docs.utc(java.time.OffsetDateTime.now()).withNano(0),
				"data", document));
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
