package com.mlconnector.sandbox.coupa.store;

import java.util.List;
import java.util.Map;

import com.mlconnector.sandbox.coupa.doc.DocValues;
import com.mlconnector.sandbox.coupa.doc.Docs;

import org.springframework.stereotype.Component;

/**
 * Purchase order changes the flows need: close and cancel ({@code <_close>true</_close>}, samples
 * {@code purchase-order-close.xml} / {@code -cancel.xml}) and the exported flag (NOTES §1.6, §3.5).
 */
@Component("coupaSandboxPurchaseOrderWrites")
public class PurchaseOrderWrites {

	private final CoupaInstance instance;

	public PurchaseOrderWrites(CoupaInstance instance) {
		this.instance = instance;
	}

	public synchronized Map<String, Object> update(long id, Map<String, Object> body) {
		Map<String, Object> order = Docs.copy(existing(id));
		if (Boolean.TRUE.equals(DocValues.bool(body.get("-close")))) {
			order.put("status", "closed");
		}
		if (Boolean.TRUE.equals(DocValues.bool(body.get("-cancel")))) {
			if ("closed".equals(order.get("status"))) {
				throw new CoupaValidationException("order-header", List.of("A closed order cannot be cancelled"));
			}
			order.put("status", "cancelled");
		}
		order.put("updated-at", InvoiceBook.now());
		this.instance.purchaseOrders().put(order);
		return order;
	}

	public synchronized Map<String, Object> markExported(long id, boolean exported) {
		Map<String, Object> order = Docs.copy(existing(id));
		order.put("exported", exported);
		if (exported) {
			order.put("last-exported-at", InvoiceBook.now());
		}
		this.instance.purchaseOrders().put(order);
		return order;
	}

	public Map<String, Object> existing(long id) {
		Map<String, Object> order = this.instance.purchaseOrders().get(id);
		if (order == null) {
			throw new CoupaNotFoundException("purchase_orders/" + id);
		}
		return order;
	}

}
