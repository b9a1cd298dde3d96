package org.carelens.internal.server;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.ConnectorStatus;

/**
 * What {@code /health} reports: whether the store answers, and every running channel instance with its status.
 *
 * @param state          {@code starting}, {@code running} or {@code stopping}
 * @param store          the store's kind and where, without secrets
 * @param storeProblem   why the store did not answer; empty when it did
 * @param events         the events stored, when it answered
 * @param channels       the status of each running instance, by id
 */
record Health(String state, String store, Optional<String> storeProblem, long events,
		Map<String, ConnectorStatus> channels) {

	static final Health NOT_SERVING = new Health("starting", "", Optional.of("the server is not running"), 0,
			Map.of());

	/** @return whether everything answers: the store, and no instance failing */
	boolean healthy() {
		return state.equals("running") && storeProblem.isEmpty()
				&& channels.values().stream().noneMatch(s -> s.state() == ConnectorStatus.State.FAILING);
	}

	String json() {
		StringBuilder out = new StringBuilder("{\"status\":").append(quote(healthy() ? "ok" : "unhealthy"))
				.append(",\"state\":").append(quote(state)).append(",\"store\":{\"location\":").append(quote(store))
				.append(",\"reachable\":").append(storeProblem.isEmpty());
		storeProblem.ifPresent(p -> out.append(",\"problem\":").append(quote(p)));
		if (storeProblem.isEmpty()) {
			out.append(",\"events\":").append(events);
		}
		out.append("},\"channels\":[");
		boolean first = true;
		for (Map.Entry<String, ConnectorStatus> channel : channels.entrySet()) {
			ConnectorStatus status = channel.getValue();
			ConnectorStatus.Counters c = status.counters();
			out.append(first ? "" : ",").append("{\"id\":").append(quote(channel.getKey())).append(",\"state\":")
					.append(quote(status.state().name().toLowerCase(java.util.Locale.ROOT)));
			status.reason().ifPresent(r -> out.append(",\"reason\":").append(quote(r)));
			status.lastEventAt().map(Instant::toString)
					.ifPresent(at -> out.append(",\"last_event_at\":").append(quote(at)));
			out.append(",\"events\":").append(c.events()).append(",\"stored\":").append(c.stored())
					.append(",\"duplicates\":").append(c.duplicates()).append(",\"conflicts\":").append(c.conflicts())
					.append(",\"rejected\":").append(c.rejected()).append(",\"failures\":").append(c.failures())
					.append('}');
			first = false;
		}
		return out.append("]}").toString();
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}
}
