package com.mlconnector.sandbox.workday.soap;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.w3c.dom.Element;

/**
 * Get_* paging (NOTES.md §2.5, FM30 Response_FilterType/Response_ResultsType): {@code Page} counts from 1,
 * {@code Count} is at most 999 (the schema allows 3 digits) and defaults to 100 here; {@code Total_Pages} is 0 when
 * nothing matches, and then no Response_Data is sent.
 */
public final class Paging {

	public static final int DEFAULT_COUNT = 100;

	/** One page of results. */
	public record Page<T>(List<T> items, int totalResults, int totalPages, int page, int count) {
	}

	private Paging() {
	}

	public static <T> Page<T> page(List<T> all, Element request) {
		Element filter = Dom.child(request, "Response_Filter");
		int count = positive(Dom.decimal(filter, "Count"), DEFAULT_COUNT);
		int page = positive(Dom.decimal(filter, "Page"), 1);
		int total = all.size();
		int totalPages = (total + count - 1) / count;
		long from = (long) (page - 1) * count;
		List<T> items = (from >= total) ? List.of() : all.subList((int) from, (int) Math.min(total, from + count));
		return new Page<>(List.copyOf(items), total, totalPages, page, count);
	}

	private static int positive(BigDecimal value, int fallback) {
		if (value == null || value.signum() <= 0) {
			return fallback;
		}
		return value.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
	}

	/** Writes the Response_Filter echo: the as-of moments the answer reflects, page and count. */
	public static void writeFilter(XmlOut out, Page<?> page) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		out.start("wd:Response_Filter")
			.leaf("wd:As_Of_Effective_Date", LocalDate.ofInstant(now, ZoneOffset.UTC))
			.leaf("wd:As_Of_Entry_DateTime", now)
			.leaf("wd:Page", page.page())
			.leaf("wd:Count", page.count())
			.end();
	}

	public static void writeResults(XmlOut out, Page<?> page) {
		out.start("wd:Response_Results")
			.leaf("wd:Total_Results", page.totalResults())
			.leaf("wd:Total_Pages", page.totalPages())
			.leaf("wd:Page_Results", page.items().size())
			.leaf("wd:Page", page.page())
			.end();
	}

	/** Echoes the request's Request_References and Request_Criteria, as Workday's responses do. */
	public static void echoRequest(XmlOut out, Element request) {
		Element references = Dom.child(request, "Request_References");
		if (references != null) {
			out.raw(Dom.serialize(references));
		}
		Element criteria = Dom.child(request, "Request_Criteria");
		if (criteria != null) {
			out.raw(Dom.serialize(criteria));
		}
	}

}
