package org.carelens.core.api;

import java.util.Locale;

/**
 * Who wrote a message; only a public message of an {@link #AGENT} is a response.
 */
public enum Author implements WireValue {
	CUSTOMER, AGENT, BOT, SYSTEM;

	@Override
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}
}
