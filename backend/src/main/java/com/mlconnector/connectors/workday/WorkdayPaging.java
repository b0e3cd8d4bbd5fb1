package com.mlconnector.connectors.workday;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy streams over Workday's 1-based {@code Page}/{@code Total_Pages} paging: a page is fetched only when the
 * consumer reaches it, so a caller that stops early (or fails) never asks for the rest.
 */
final class WorkdayPaging {

	/** Objects per page when the caller does not choose; Workday allows up to 999. */
	static final int DEFAULT_COUNT = 100;

	static final int MAX_COUNT = 999;

	private WorkdayPaging() {
	}

	static <T> Stream<WorkdayPage<T>> pages(IntFunction<WorkdayPage<T>> fetch) {
		Iterator<WorkdayPage<T>> pages = new Iterator<>() {

			private WorkdayPage<T> last;

			@Override
			public boolean hasNext() {
				return this.last == null || this.last.hasNext();
			}

			@Override
			public WorkdayPage<T> next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				this.last = fetch.apply((this.last == null) ? 1 : this.last.page() + 1);
				return this.last;
			}
		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
				false);
	}

	static <T> Stream<T> items(IntFunction<WorkdayPage<T>> fetch) {
		return pages(fetch).flatMap((page) -> page.items().stream());
	}

	static void checkPage(int page, int count) {
		if (page < 1 || count < 1 || count > MAX_COUNT) {
			throw new IllegalArgumentException("page must be >= 1 and count 1.." + MAX_COUNT);
		}
	}

}
