package com.mlconnector.sandbox.coupa.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.mlconnector.sandbox.coupa.CoupaProperties;
import com.mlconnector.sandbox.world.SupplierSeed;
import com.mlconnector.sandbox.world.World;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one in-memory Coupa instance. {@link #reset(long, int)} swaps in a fresh state derived from a
 * new world; everything else reads the current state.
 */
@Component("coupaSandboxInstance")
public class CoupaInstance {

	private final ApplicationEventPublisher events;

	private volatile State state;

	public CoupaInstance(CoupaProperties properties, ApplicationEventPublisher events) {
		this.events = events;
		reset(properties.seed(), properties.invoices());
	}

	/** Rebuilds the instance from {@code World.generate(seed, invoices)}; all edits are lost. */
	public final void reset(long seed, int invoices) {
		World world = World.generate(seed, invoices);
		CoupaCatalog catalog = new CoupaCatalog(world);
		List<SupplierSeed> coupaSuppliers = world.suppliers().stream().filter(SupplierSeed::inCoupa).toList();
		List<java.util.Map<String, Object>> orders = PurchaseOrderFactory.build(catalog, coupaSuppliers);
		InvoiceBook invoiceBook = new InvoiceBook(new InvoiceFactory(catalog, coupaSuppliers, orders), invoices);
		this.state = new State(world, catalog, new RecordBook(SupplierFactory.build(world)), new RecordBook(orders),
				new RecordBook(catalog.accounts()), invoiceBook, new AtomicLong(1_000_000_000L));
	}

	public World world() {
		return this.state.world();
	}

	public InvoiceBook invoices() {
		return this.state.invoices();
	}

	public RecordBook suppliers() {
		return this.state.suppliers();
	}

	public RecordBook purchaseOrders() {
		return this.state.orders();
	}

	public RecordBook accounts() {
		return this.state.accounts();
	}

	CoupaCatalog catalog() {
		return this.state.catalog();
	}

	/** Ids for lines, payments and addresses created through the API; far above generated ones. */
	long newChildId() {
		return this.state.childIds().getAndIncrement();
	}

	void publish(CoupaChange change) {
		this.events.publishEvent(change);
	}

	private record State(World world, CoupaCatalog catalog, RecordBook suppliers, RecordBook orders,
			RecordBook accounts, InvoiceBook invoices, AtomicLong childIds) {
	}

}
