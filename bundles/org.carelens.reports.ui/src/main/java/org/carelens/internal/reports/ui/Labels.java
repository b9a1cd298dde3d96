package org.carelens.internal.reports.ui;

import java.lang.reflect.Field;
import java.util.Locale;

import org.carelens.kpi.api.Dimension;

/**
 * The labels of enumerated values (event types, drill-down columns, roles) from {@link Messages} fields named
 * {@code <prefix>_<CONSTANT>}, so that a new constant without a translation shows its name rather than failing.
 */
final class Labels {

	private Labels() {
	}

	static String of(String prefix, Enum<?> value) {
		try {
			Field field = Messages.class.getField(prefix + "_" + value.name());
			Object text = field.get(null);
			if (text instanceof String label) {
				return label;
			}
		} catch (NoSuchFieldException | IllegalAccessException e) {
			// shown by name below
		}
		return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** @return a dimension's name in lower case for running text ("team"); the filter bar's words */
	static String dimension(Dimension dimension) {
		String label = switch (dimension) {
		case CHANNEL -> Messages.Dashboard_channel;
		case SITE -> Messages.Dashboard_site;
		case TEAM -> Messages.Dashboard_team;
		case AGENT -> Messages.Dashboard_agent;
		default -> dimension.key().replace('_', ' ');
		};
		return label.toLowerCase(Locale.getDefault());
	}

	static String channel(String wire) {
		try {
			Object text = Messages.class.getField("Channel_" + wire).get(null);
			return text instanceof String label ? label : wire;
		} catch (NoSuchFieldException | IllegalAccessException e) {
			return wire;
		}
	}
}
