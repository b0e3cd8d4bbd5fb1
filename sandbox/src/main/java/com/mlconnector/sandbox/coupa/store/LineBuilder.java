package com.mlconnector.sandbox.coupa.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mlconnector.sandbox.coupa.doc.DocValues;
import com.mlconnector.sandbox.coupa.doc.Docs;

/** Turns invoice lines from a request body into stored lines, resolving account, PO line and currency. */
final class LineBuilder {

	private final CoupaInstance instance;

	LineBuilder(CoupaInstance instance) {
		this.instance = instance;
	}

	/** Merges incoming lines into existing ones (by id) or appends them as new lines. */
	List<Object> merge(List<Object> existing, Object incoming, Map<String, Object> currency, List<String> errors) {
		List<Object> lines = new ArrayList<>((existing != null) ? existing : List.of());
		List<Object> items = Docs.list(incoming);
		if (items == null) {
			return lines;
		}
		for (Object item : items) {
			Map<String, Object> in = Docs.map(item);
			if (in == null) {
				continue;
			}
			Long id = DocValues.integer(in.get("id"));
			Map<String, Object> target = null;
			for (int i = 0; id != null && i < lines.size(); i++) {
				if (id.equals(Docs.map(lines.get(i)).get("id"))) {
					target = Docs.copy(Docs.map(lines.get(i)));
					lines.set(i, target);
				}
			}
			if (target == null) {
				target = Docs.doc("id", this.instance.newChildId(), "line-num", (long) lines.size() + 1);
				lines.add(target);
			}
			apply(target, in, currency, errors);
		}
		return lines;
	}

	private void apply(Map<String, Object> line, Map<String, Object> in, Map<String, Object> currency,
			List<String> errors) {
		in.forEach((key, value) -> {
			switch (key) {
				case "id", "total", "accounting-total", "created-at", "updated-at" -> {
				}
				case "line-num" -> line.put(key, DocValues.integer(value));
				case "quantity", "price" -> line.put(key, DocValues.decimal(value));
				case "account" -> account(line, value, errors);
				case "currency" -> line.put(key, orElse(References.currency(value), currency));
				case "order-line-id" -> orderLine(line, DocValues.integer(value), errors);
				default -> line.put(key, value);
			}
		});
		line.putIfAbsent("type", "InvoiceQuantityLine");
		line.putIfAbsent("currency", currency);
		line.putIfAbsent("status", "new");
		if (line.get("description") == null) {
			errors.add("Line " + line.get("line-num") + ": Description can't be blank");
		}
		if (line.get("price") == null) {
			errors.add("Line " + line.get("line-num") + ": Price can't be blank");
		}
	}

	private void account(Map<String, Object> line, Object value, List<String> errors) {
		Map<String, Object> account = References.find(this.instance.accounts().all(), value, "id", "code");
		if (account == null) {
			Map<String, Object> ref = Docs.map(value);
			errors.add("Account " + ((ref != null) ? ref.get("code") : value) + " is not a valid billing account");
			return;
		}
		if (!Boolean.TRUE.equals(account.get("active"))) {
			errors.add("Account " + account.get("code") + " is inactive");
		}
		line.put("account", account);
	}

	private void orderLine(Map<String, Object> line, Long orderLineId, List<String> errors) {
		if (orderLineId == null) {
			return;
		}
		Map<String, Object> order = this.instance.purchaseOrders().get(orderLineId / 100);
		Map<String, Object> orderLine = null;
		if (order != null) {
			for (Object item : Docs.list(order.get("order-lines"))) {
				if (orderLineId.equals(Docs.map(item).get("id"))) {
					orderLine = Docs.map(item);
				}
			}
		}
		if (orderLine == null) {
			errors.add("Order line " + orderLineId + " does not exist");
			return;
		}
		line.put("order-line-id", orderLineId);
		line.put("order-line-num", orderLine.get("line-num"));
		line.put("po-number", order.get("po-number"));
		line.put("order-header-num", order.get("po-number"));
		line.putIfAbsent("account", orderLine.get("account"));
	}

	private static Map<String, Object> orElse(Map<String, Object> value, Map<String, Object> fallback) {
		return (value != null) ? value : fallback;
	}

}
