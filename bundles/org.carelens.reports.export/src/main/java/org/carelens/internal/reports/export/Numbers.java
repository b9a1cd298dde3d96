package org.carelens.internal.reports.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;

import org.carelens.reports.export.Cell;
import org.carelens.reports.export.Format;

/**
 * The numbers of a report as a person reads them in its locale: counts with grouping, percentages with one decimal,
 * durations in the two largest units, NPS with its sign.
 */
public final class Numbers {

	private static final char MINUS = '\u2212';

	private final Texts texts;
	private final NumberFormat integer;
	private final NumberFormat oneDecimal;
	private final NumberFormat percent;
	private final DecimalFormat signed;

	public Numbers(Texts texts) {
		this.texts = texts;
		integer = NumberFormat.getIntegerInstance(texts.locale());
		oneDecimal = NumberFormat.getNumberInstance(texts.locale());
		oneDecimal.setMinimumFractionDigits(1);
		oneDecimal.setMaximumFractionDigits(1);
		percent = NumberFormat.getPercentInstance(texts.locale());
		percent.setMinimumFractionDigits(1);
		percent.setMaximumFractionDigits(1);
		signed = new DecimalFormat("+#,##0;" + MINUS + "#,##0", DecimalFormatSymbols.getInstance(texts.locale()));
	}

	/** @return the cell's text or formatted number; empty text for an empty cell */
	public String text(Cell cell) {
		if (cell.text().isPresent()) {
			return cell.text().get();
		}
		return cell.number().map(n -> format(n, cell.format())).orElse("");
	}

	public String format(double value, Format format) {
		return switch (format) {
		case INTEGER -> integer.format(Math.round(value));
		case DECIMAL -> oneDecimal.format(value);
		case PERCENT -> percent.format(value);
		case DURATION -> duration(value);
		case SIGNED -> signed.format(Math.round(value));
		};
	}

	/** Seconds as the two largest units: 45 s, 2 min 05 s, 3 h 10 min, 2 d 4 h; negative with a minus sign. */
	public String duration(double seconds) {
		if (seconds < 0) {
			return MINUS + duration(-seconds);
		}
		long s = Math.round(seconds);
		if (s < 60) {
			return texts.get("Unit_seconds", integer.format(s));
		}
		if (s < 3600) {
			return texts.get("Unit_minutesSeconds", integer.format(s / 60), twoDigits(s % 60));
		}
		long minutes = Math.round(s / 60.0);
		if (minutes < 24 * 60) {
			return texts.get("Unit_hoursMinutes", integer.format(minutes / 60), twoDigits(minutes % 60));
		}
		long hours = Math.round(s / 3600.0);
		return texts.get("Unit_daysHours", integer.format(hours / 24), integer.format(hours % 24));
	}

	private static String twoDigits(long n) {
		return n < 10 ? "0" + n : String.valueOf(n);
	}
}
