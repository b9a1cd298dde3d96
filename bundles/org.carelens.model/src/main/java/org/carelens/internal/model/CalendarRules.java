package org.carelens.internal.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.time.TimeRange;
import org.carelens.model.Calendar;
import org.carelens.model.Holiday;
import org.carelens.model.OpeningHours;
import org.carelens.model.Workspace;
import org.carelens.model.Weekday;

/**
 * A calendar has a real zone, hours that are time ranges and do not overlap, is open some time of the week, and
 * has dated, named, distinct holidays.
 */
final class CalendarRules {

	private CalendarRules() {
	}

	static void check(Workspace workspace, Problems problems) {
		for (Calendar calendar : workspace.getCalendars()) {
			String label = Labels.of(calendar);
			if (TimeZones.zone(calendar.getZone()).isEmpty()) {
				problems.error(calendar,
						label + " has time zone '" + Labels.text(calendar.getZone()) + "', which is not a time zone");
			}
			hours(calendar, label, problems);
			holidays(calendar, label, problems);
		}
	}

	private static void hours(Calendar calendar, String label, Problems problems) {
		Map<Weekday, List<TimeRange>> byDay = new EnumMap<>(Weekday.class);
		for (OpeningHours hours : calendar.getHours()) {
			Optional<TimeRange> range = TimeZones.range(hours);
			if (range.isEmpty()) {
				problems.error(calendar, label + " has hours on " + Labels.day(hours.getDay()) + " that are not a time range: "
						+ Labels.text(hours.getStart()) + "-" + Labels.text(hours.getEnd()));
				continue;
			}
			byDay.computeIfAbsent(hours.getDay(), d -> new ArrayList<>()).add(range.get());
		}
		byDay.forEach((day, ranges) -> {
			List<TimeRange> sorted = new ArrayList<>(ranges);
			sorted.sort(null);
			for (int i = 1; i < sorted.size(); i++) {
				if (sorted.get(i).startMinute() < sorted.get(i - 1).endMinute()) {
					problems.error(calendar, label + " has overlapping hours on " + Labels.day(day) + ": "
							+ sorted.get(i - 1) + " and " + sorted.get(i));
				}
			}
		});
		if (byDay.isEmpty() && calendar.getHours().isEmpty()) {
			problems.error(calendar, label + " is never open");
		}
	}

	private static void holidays(Calendar calendar, String label, Problems problems) {
		Set<LocalDate> dates = new HashSet<>();
		for (Holiday holiday : calendar.getHolidays()) {
			Optional<LocalDate> date = TimeZones.date(holiday.getDate());
			if (date.isEmpty()) {
				problems.error(calendar, label + " has holiday '" + Labels.text(holiday.getName()) + "' on '"
						+ Labels.text(holiday.getDate()) + "', which is not a date YYYY-MM-DD");
				continue;
			}
			if (Labels.blank(holiday.getName())) {
				problems.error(calendar, label + " has a holiday on " + date.get() + " without a name");
			}
			if (!dates.add(date.get())) {
				problems.error(calendar, label + " has two holidays on " + date.get());
			}
		}
	}
}
