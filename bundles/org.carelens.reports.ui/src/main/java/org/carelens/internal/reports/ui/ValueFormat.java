package org.carelens.internal.reports.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.carelens.kpi.api.MetricUnit;
import org.carelens.reports.core.Tile;
import org.eclipse.osgi.util.NLS;

/**
 * Metric values for people, in the locale: durations as "2 min 05 s" or "3 h 10 min", rates as percentages, NPS
 * as a signed number, changes with their sign (rates in percentage points).
 */
public final class ValueFormat {

	private static final char MINUS = '\u2212';

	private final NumberFormat integer;
	private final NumberFormat oneDecimal;
	private final NumberFormat percent;
	private final DecimalFormat signed;

	public ValueFormat(Locale locale) {
		integer = NumberFormat.getIntegerInstance(locale);
		oneDecimal = NumberFormat.getNumberInstance(locale);
		oneDecimal.setMinimumFractionDigits(1);
		oneDecimal.setMaximumFractionDigits(1);
		percent = NumberFormat.getPercentInstance(locale);
		percent.setMinimumFractionDigits(1);
		percent.setMaximumFractionDigits(1);
		signed = new DecimalFormat("+#,##0;" + MINUS + "#,##0", DecimalFormatSymbols.getInstance(locale));
	}

	/** @return the value in its unit */
	public String value(MetricUnit unit, double value) {
		return switch (unit) {
		case SECONDS -> duration(value);
		case RATIO -> percent.format(value);
		case NPS_POINTS -> signed.format(Math.round(value));
		case COUNT -> integer.format(Math.round(value));
		case SCORE, MONEY, PER_CUSTOMER_MONTH -> oneDecimal.format(value);
		};
	}

	/** @return whether a change is too small to show at the precision of its unit (it reads "±0") */
	boolean negligible(MetricUnit unit, double change) {
		double size = Math.abs(change);
		return switch (unit) {
		case SECONDS, NPS_POINTS, COUNT -> Math.round(size) == 0;
		case RATIO -> Math.round(size * 1000) == 0;
		case SCORE, MONEY, PER_CUSTOMER_MONTH -> Math.round(size * 10) == 0;
		};
	}

	/** @return a change in the unit, with its sign: "+12 s", "−2.1 pp", "+3", "±0.0 pp" */
	String change(MetricUnit unit, double change) {
		if (negligible(unit, change)) {
			change = 0;
		}
		String sign = change > 0 ? "+" : change < 0 ? String.valueOf(MINUS) : "\u00b1";
		double size = Math.abs(change);
		return switch (unit) {
		case SECONDS -> sign + duration(size);
		case RATIO -> sign + NLS.bind(Messages.Unit_points, oneDecimal.format(size * 100));
		case NPS_POINTS, COUNT -> sign + integer.format(Math.round(size));
		case SCORE, MONEY, PER_CUSTOMER_MONTH -> sign + oneDecimal.format(size);
		};
	}

	/** @return the interval in the unit, or empty text for units where it is not shown */
	String interval(MetricUnit unit, Tile.Interval ci) {
		return switch (unit) {
		case RATIO -> percent.format(ci.low()) + " \u2013 " + percent.format(ci.high());
		case NPS_POINTS -> NLS.bind(Messages.Unit_range, signed.format(Math.round(ci.low())),
				signed.format(Math.round(ci.high())));
		default -> NLS.bind(Messages.Unit_range, value(unit, ci.low()), value(unit, ci.high()));
		};
	}

	/** @return scorecard points: whole points without decimals, half points with one ("25", "12.5") */
	String points(double points) {
		return points == Math.rint(points) ? integer.format(points) : oneDecimal.format(points);
	}

	String count(long n) {
		return integer.format(n);
	}

	/** Seconds as the two largest units: 45 s, 2 min 05 s, 3 h 10 min, 2 d 4 h. */
	String duration(double seconds) {
		long s = Math.round(seconds);
		if (s < 60) {
			return NLS.bind(Messages.Unit_seconds, integer.format(s));
		}
		if (s < 3600) {
			return NLS.bind(Messages.Unit_minutesSeconds, integer.format(s / 60), twoDigits(s % 60));
		}
		long minutes = Math.round(s / 60.0);
		if (minutes < 24 * 60) {
			return NLS.bind(Messages.Unit_hoursMinutes, integer.format(minutes / 60), twoDigits(minutes % 60));
		}
		long hours = Math.round(s / 3600.0);
		return NLS.bind(Messages.Unit_daysHours, integer.format(hours / 24), integer.format(hours % 24));
	}

	private static String twoDigits(long n) {
		return n < 10 ? "0" + n : String.valueOf(n);
	}
}
