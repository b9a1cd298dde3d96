package org.carelens.core.api.io;

import org.carelens.core.api.Event;
import org.carelens.internal.core.io.EventDecoder;
import org.carelens.internal.core.io.EventEncoder;

/**
 * Converts between {@link Event}s and their JSON text in the CareLens event format, version 1.
 * <p>
 * Decoding applies every rule of the format: required fields per type, known types, timestamps with a zone offset,
 * enumerated values, score ranges. Fields the format does not define are kept as extensions and written back
 * unchanged, so that a producer's additions survive a round trip.
 */
public final class EventCodec {

	private EventCodec() {
	}

	/**
	 * @param json one JSON object
	 * @return the event it describes
	 * @throws EventFormatException with every problem found when the text is not a valid event
	 */
	public static Event decode(String json) throws EventFormatException {
		return EventDecoder.decode(json);
	}

	/** @return the event as one line of JSON, without a line break, fields in the order of the format */
	public static String encode(Event event) {
		return EventEncoder.encode(event);
	}
}
