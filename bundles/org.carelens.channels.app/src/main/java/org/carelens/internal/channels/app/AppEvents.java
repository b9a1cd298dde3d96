package org.carelens.internal.channels.app;

import java.util.ArrayList;
import java.util.List;

import org.carelens.channels.api.Rejected;
import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Translation;
import org.carelens.core.api.Event;
import org.carelens.core.api.io.EventCodec;
import org.carelens.core.api.io.EventFormatException;

/**
 * Reads the body of an in-app delivery: CareLens events as JSON Lines (a single event is a one-line body), each
 * checked by the event format's own rules. A bad line is rejected with its line number; the good ones are kept, as
 * EVENTS.md asks of every importer.
 */
final class AppEvents {

	private AppEvents() {
	}

	static Translation read(String body, String source) throws BadPayloadException {
		List<Event> events = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		String[] lines = body.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank()) {
				continue;
			}
			try {
				events.add(EventCodec.decode(line));
			} catch (EventFormatException e) {
				rejected.add(Rejected.row(source, i + 1, e.getMessage(), line));
			}
		}
		if (events.isEmpty() && rejected.isEmpty()) {
			throw new BadPayloadException("the body holds no event (JSON Lines of CareLens events expected)");
		}
		return new Translation(events, rejected, "");
	}
}
