package org.carelens.core.api.survey;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The local hours in which no survey is sent, in the customer's zone. {@code from} after {@code until} spans
 * midnight (21:00–08:00); equal times mean no quiet hours.
 */
public record QuietHours(LocalTime from, LocalTime until) {

	/** No survey between 21:00 and 08:00. */
	public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

	public QuietHours {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(until, "until");
	}

	/** @return whether {@code time} is inside the quiet hours ({@code from} inclusive, {@code until} exclusive) */
	public boolean contains(LocalTime time) {
		if (from.equals(until)) {
			return false;
		}
		if (from.isBefore(until)) {
			return !time.isBefore(from) && time.isBefore(until);
		}
		return !time.isBefore(from) || time.isBefore(until);
	}
}
