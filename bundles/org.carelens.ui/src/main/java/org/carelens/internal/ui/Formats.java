package org.carelens.internal.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;

/**
 * Numbers, sizes, instants and channel names formatted for the user's locale and the display zone.
 */
public final class Formats {

	private final NumberFormat integers;
	private final NumberFormat decimals;
	private final DateTimeFormatter dateTime;
	private final DateTimeFormatter shortDateTime;
	private final ZoneId zone;

	public Formats(Locale locale, ZoneId zone) {
		this.integers = NumberFormat.getIntegerInstance(locale);
		this.decimals = NumberFormat.getNumberInstance(locale);
		this.decimals.setMaximumFractionDigits(1);
		this.decimals.setMinimumFractionDigits(1);
		this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
		this.shortDateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(locale).withZone(zone);
		this.zone = zone;
	}

	/** @return formats for the default locale and the zone chosen in the preferences */
	public static Formats current() {
		return new Formats(Locale.getDefault(), UiPreferences.zone());
	}

	public ZoneId zone() {
		return zone;
	}

	public String count(long n) {
		return integers.format(n);
	}

	public String instant(Optional<Instant> instant) {
		return instant.map(dateTime::format).orElse(Messages.EventFiles_none);
	}

	/** @return the instant to the minute, for places where space is short */
	public String shortInstant(Optional<Instant> instant) {
		return instant.map(shortDateTime::format).orElse(Messages.EventFiles_none);
	}

	public String bytes(long bytes) {
		if (bytes < 1024) {
			return integers.format(bytes) + " B";
		}
		String[] units = { "KB", "MB", "GB", "TB" };
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return decimals.format(value) + " " + units[unit];
	}

	public static String channel(ChannelKind kind) {
		return switch (kind) {
		case VOICE -> Messages.Channel_VOICE;
		case CHAT -> Messages.Channel_CHAT;
		case EMAIL -> Messages.Channel_EMAIL;
		case SOCIAL -> Messages.Channel_SOCIAL;
		case APP -> Messages.Channel_APP;
		case IN_PERSON -> Messages.Channel_IN_PERSON;
		};
	}
}
