package org.carelens.core.api;

import java.util.Locale;

/**
 * The kind of channel identity linked to a customer.
 */
public enum IdentityKind implements WireValue {
	EMAIL, PHONE, FACEBOOK, ZALO, APP;

	@Override
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}
}
