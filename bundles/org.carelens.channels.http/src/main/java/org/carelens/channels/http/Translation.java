package org.carelens.channels.http;

import java.util.List;
import java.util.Objects;

import org.carelens.channels.api.Rejected;
import org.carelens.core.api.Event;

/**
 * What an endpoint made of an authenticated request.
 *
 * @param events   the events it carries, with ids derived from the sender's own ids so that a retried delivery gives
 *                 the same ids
 * @param rejected parts of it that are not events (a bad line among good ones), to be quarantined
 * @param note     what a request with neither events nor rejects was (an event kind CareLens does not record); empty
 *                 otherwise
 */
public record Translation(List<Event> events, List<Rejected> rejected, String note) {

	public Translation {
		events = List.copyOf(events);
		rejected = List.copyOf(rejected);
		Objects.requireNonNull(note, "note");
	}

	public static Translation of(List<Event> events) {
		return new Translation(events, List.of(), "");
	}

	/** @return a translation of a request that carries nothing CareLens records, saying what it was */
	public static Translation ignored(String note) {
		return new Translation(List.of(), List.of(), note);
	}
}
