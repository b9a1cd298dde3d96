package org.carelens.reports.core;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.kpi.api.Member;

/**
 * One conversation of a drill-down list: what every list shows, its role in the number, and the metric's own fields.
 *
 * @param id         the conversation id
 * @param opened     when it was opened
 * @param resolved   whether it is resolved now
 * @param role       numerator, or only in the denominator / sample
 * @param attributed the instant that put it into the period for this metric (creation, resolution, rating...)
 * @param values     per column of the list, its value when it has one (a {@link DrillColumn.Kind} says the type)
 */
public record DrilledConversation(String id, ChannelKind channel, Optional<String> instance, Optional<String> agent,
		Optional<String> team, Instant opened, boolean resolved, Member.Role role, Instant attributed,
		Map<DrillColumn, Object> values) {

	public DrilledConversation {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(instance, "instance");
		Objects.requireNonNull(agent, "agent");
		Objects.requireNonNull(team, "team");
		Objects.requireNonNull(opened, "opened");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(attributed, "attributed");
		Map<DrillColumn, Object> copy = new EnumMap<>(DrillColumn.class);
		copy.putAll(values);
		values = Collections.unmodifiableMap(copy);
	}

	/** @return the value of a column; empty when the conversation lacks it (unanswered, not rated) */
	public Optional<Object> value(DrillColumn column) {
		return Optional.ofNullable(values.get(column));
	}
}
