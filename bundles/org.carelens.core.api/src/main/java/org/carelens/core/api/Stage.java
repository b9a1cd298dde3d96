package org.carelens.core.api;

import java.util.Locale;

/**
 * The stage of the customer relationship a conversation belongs to.
 */
public enum Stage implements WireValue {
	PRE_SALE, SALE, AFTER_SALE;

	@Override
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}
}
