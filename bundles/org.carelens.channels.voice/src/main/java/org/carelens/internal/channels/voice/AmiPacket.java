package org.carelens.internal.channels.voice;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One packet of the Asterisk Manager Interface: {@code Key: Value} lines ended by a blank line, as it came.
 *
 * @param fields  the packet's fields; keys in any case, as the protocol allows
 * @param raw     the packet's lines as received, for quarantine
 * @param problem why the packet is not well formed (a line without {@code ': '}); empty when it is
 */
record AmiPacket(Map<String, String> fields, String raw, Optional<String> problem) {

	AmiPacket {
		TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		copy.putAll(fields);
		fields = Collections.unmodifiableMap(copy);
	}

	Optional<String> get(String key) {
		return Optional.ofNullable(fields.get(key));
	}

	/** @return the name of the event this packet is, empty for responses */
	Optional<String> event() {
		return get("Event");
	}

	boolean isResponseTo(String actionId) {
		return get("Response").isPresent() && get("ActionID").map(actionId::equals).orElse(false);
	}
}
