package com.mlconnector.sandbox.coupa.store;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import com.mlconnector.sandbox.coupa.query.PagingCursors;

/**
 * Invoices {@code 1..generated} are derived on demand from (seed, id); only created or changed ones
 * live in the overlay. Stored invoices are replaced on change, never mutated in place.
 */
public final class InvoiceBook {

	private final InvoiceFactory factory;

	private final long generated;

	private final Map<Long, Map<String, Object>> overlay = new ConcurrentHashMap<>();

	private final AtomicLong nextId;

	private final PagingCursors cursors = new PagingCursors();

	InvoiceBook(InvoiceFactory factory, long generated) {
		this.factory = factory;
		this.generated = generated;
		this.nextId = new AtomicLong(generated + 1);
	}

	/** The invoice, or null. Derived invoices are built fresh on each call. */
	public Map<String, Object> get(long id) {
		Map<String, Object> stored = this.overlay.get(id);
		if (stored != null) {
			return stored;
		}
		return (id >= 1 && id <= this.generated) ? this.factory.derive(id) : null;
	}

	/** All ids in ascending order; every id in the range exists (invoices are never deleted). */
	public LongStream ids() {
		return LongStream.range(1, this.nextId.get());
	}

	public long size() {
		return this.nextId.get() - 1;
	}

	/** How many invoices are held in memory (the rest are derived). */
	public int overlaySize() {
		return this.overlay.size();
	}

	long newId() {
		return this.nextId.getAndIncrement();
	}

	void releaseId(long id) {
		this.nextId.compareAndSet(id + 1, id);
	}

	/** Cursors of filtered paging; valid only until the next write. */
	public PagingCursors cursors() {
		return this.cursors;
	}

	void put(Map<String, Object> invoice) {
		this.overlay.put((Long) invoice.get("id"), invoice);
		this.cursors.clear();
	}

	/** Whether a generated invoice with this number exists for the supplier (invoice numbers are unique per supplier). */
	boolean generatedNumberTaken(String invoiceNumber, Object supplierId) {
		if (invoiceNumber == null || !invoiceNumber.matches("INV-\\d{7}")) {
			return false;
		}
		long id = Long.parseLong(invoiceNumber.substring(4));
		Map<String, Object> invoice = get(id);
		return invoice != null && invoiceNumber.equals(invoice.get("invoice-number"))
				&& supplierId.equals(((Map<?, ?>) invoice.get("supplier")).get("id"));
	}

	boolean overlayNumberTaken(String invoiceNumber, Object supplierId) {
		return this.overlay.values().stream().anyMatch((invoice) -> invoiceNumber.equals(invoice.get("invoice-number"))
				&& supplierId.equals(((Map<?, ?>) invoice.get("supplier")).get("id")));
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
	}

}
