package com.mlconnector.connectors.coupa;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Coupa's offset paging as a lazy stream: a page ({@code offset} 0, 50, 100...) is fetched only when the
 * consumer has used up the previous one, and a short page ends the stream (Coupa sends no count).
 */
final class CoupaPages<T> extends Spliterators.AbstractSpliterator<T> {

	private final IntFunction<List<T>> fetch;

	private final int pageSize;

	private final Deque<T> buffer = new ArrayDeque<>();

	private int offset;

	private boolean last;

	private CoupaPages(IntFunction<List<T>> fetch, int pageSize) {
		super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
		this.fetch = fetch;
		this.pageSize = pageSize;
	}

	/** @param fetch the page starting at the given offset */
	static <T> Stream<T> stream(IntFunction<List<T>> fetch, int pageSize) {
		return StreamSupport.stream(new CoupaPages<>(fetch, pageSize), false);
	}

	@Override
	public boolean tryAdvance(Consumer<? super T> action) {
		if (this.buffer.isEmpty() && !this.last) {
			List<T> page = this.fetch.apply(this.offset);
			this.offset += page.size();
			this.last = page.size() < this.pageSize;
			this.buffer.addAll(page);
		}
		T next = this.buffer.poll();
		if (next == null) {
			return false;
		}
		action.accept(next);
		return true;
	}

}
