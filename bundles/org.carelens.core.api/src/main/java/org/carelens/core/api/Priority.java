package org.carelens.core.api;

import java.util.Locale;

/**
 * The urgency of a conversation.
 */
public enum Priority implements WireValue {
	LOW, NORMAL, HIGH, URGENT;

	@Override
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}
}
