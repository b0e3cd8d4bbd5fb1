package com.mlconnector.sandbox.coupa.doc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Lenient conversion of incoming values: clients send decimals as strings or numbers, booleans as
 * {@code "false"}, and dates as ISO datetimes, ISO dates or even {@code 9/12/2019} (payment samples).
 */
public final class DocValues {

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

	private DocValues() {
	}

	/** A datetime, or {@code null} if the text is none of the accepted forms. */
	public static OffsetDateTime dateTime(Object value) {
		if (value instanceof OffsetDateTime time) {
			return time;
		}
		if (value == null) {
			return null;
		}
		String text = value.toString().trim();
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			// fall through to the date-only forms
		}
		try {
			// Coupa: a date with no time or zone means midnight UTC
			return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			// fall through
		}
		try {
			return LocalDate.parse(text, US_DATE).atStartOfDay().atOffset(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			try {
				return java.time.LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ignored) {
				return null;
			}
		}
	}

	/** A decimal, or {@code null} when absent or not a number. */
	public static BigDecimal decimal(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return new BigDecimal(text.trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	public static Long integer(Object value) {
		BigDecimal decimal = decimal(value);
		return (decimal != null) ? decimal.longValue() : null;
	}

	public static Boolean bool(Object value) {
		if (value instanceof Boolean b) {
			return b;
		}
		return (value != null) ? Boolean.parseBoolean(value.toString().trim()) : null;
	}

	public static String string(Object value) {
		return (value != null) ? Docs.text(value) : null;
	}

}
