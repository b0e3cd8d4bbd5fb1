package com.mlconnector.connectors.workday;

import java.util.List;

/**
 * One page of a Workday {@code Get_*} answer ({@code Response_Results}, NOTES §2.5).
 *
 * @param items the page's objects (empty when nothing matched: Workday then sends no {@code Response_Data})
 * @param page the page number, from 1
 * @param totalPages total pages (0 when nothing matched)
 * @param totalResults total objects over all pages
 */
public record WorkdayPage<T>(List<T> items, int page, int totalPages, long totalResults) {

	public WorkdayPage {
		items = List.copyOf(items);
	}

	/** Whether a later page exists. */
	public boolean hasNext() {
		return page < totalPages;
	}

}
