package org.carelens.internal.core.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the usual spelling of an event instant, {@code 2026-02-10T08:15:00[.fraction](Z|+07:00)}, without the
 * general {@link java.time.format.DateTimeFormatter} machinery, which costs more than the rest of decoding an event.
 * Anything else (other spellings ISO-8601 allows, and every invalid text) is left to the formatter, which also says
 * what is wrong.
 */
final class IsoInstants {

	private static final int MAX_OFFSET_HOURS = 18;

	private IsoInstants() {
	}

	/** @return the instant, or null when {@code text} is not in the usual spelling or not a valid instant */
	static Instant parseUsual(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
			return null;
		}
		int i = 19;
		int nanos = 0;
		if (text.charAt(i) == '.') {
			int start = ++i;
			while (i < length && isDigit(text.charAt(i))) {
				nanos = nanos * 10 + (text.charAt(i) - '0');
				i++;
			}
			int count = i - start;
			if (count == 0 || count > 9) {
				return null;
			}
			for (int k = count; k < 9; k++) {
				nanos *= 10;
			}
		}
		int offsetSeconds;
		if (i == length - 1 && text.charAt(i) == 'Z') {
			offsetSeconds = 0;
		} else if (i == length - 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && text.charAt(i + 3) == ':') {
			int offsetHours = digits(text, i + 1, 2);
			int offsetMinutes = digits(text, i + 4, 2);
			if ((offsetHours | offsetMinutes) < 0 || offsetHours > MAX_OFFSET_HOURS || offsetMinutes > 59
					|| (offsetHours == MAX_OFFSET_HOURS && offsetMinutes > 0)) {
				return null;
			}
			offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (text.charAt(i) == '-' ? -1 : 1);
		} else {
			return null;
		}
		long epochDay;
		try {
			epochDay = LocalDate.of(year, month, day).toEpochDay();
		} catch (DateTimeException e) {
			return null; // e.g. 30 February: the formatter says so
		}
		return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds, nanos);
	}

	/** @return the number in {@code count} ASCII digits from {@code start}, or -1 when one is not a digit */
	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
