package com.mlconnector.sandbox.workday.soap;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

import org.w3c.dom.Element;

/**
 * The common frame of every Get_* response, in schema order: echoed Request_References and Request_Criteria,
 * Response_Filter, echoed Response_Group, Response_Results, then Response_Data only when the page has items.
 */
public final class GetResponse {

	private GetResponse() {
	}

	public static <T> String write(String responseName, Element request, SoapCall call, Paging.Page<T> page,
			Consumer<XmlOut> data) {
		XmlOut out = SoapOperation.response(responseName, request, call);
		Paging.echoRequest(out, request);
		Paging.writeFilter(out, page);
		Element group = Dom.child(request, "Response_Group");
		if (group != null) {
			out.raw(Dom.serialize(group));
		}
		Paging.writeResults(out, page);
		if (!page.items().isEmpty()) {
			out.start("wd:Response_Data");
			data.accept(out);
			out.end();
		}
		return out.end().toString();
	}

	/** Response_Group flag: absent group means Workday's defaults ({@code whenNoGroup}); absent flag means false. */
	public static boolean include(Element request, String flag, boolean whenNoGroup) {
		Element group = Dom.child(request, "Response_Group");
		return (group == null) ? whenNoGroup : Dom.flag(group, flag);
	}

	/** Updated_From_Date / Updated_To_Date (inclusive both ends) from the request's criteria. */
	public static boolean updatedWithin(Element request, Instant updatedAt) {
		Element criteria = Dom.child(request, "Request_Criteria");
		OffsetDateTime from = Dom.dateTime(criteria, "Updated_From_Date");
		OffsetDateTime to = Dom.dateTime(criteria, "Updated_To_Date");
		return (from == null || !updatedAt.isBefore(from.toInstant()))
				&& (to == null || !updatedAt.isAfter(to.toInstant()));
	}

	/** Workday writes booleans as 1/0 (NOTES.md §1). */
	public static String bool(boolean value) {
		return value ? "1" : "0";
	}

}
