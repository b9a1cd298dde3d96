package org.carelens.core.api;

import java.util.Objects;

/**
 * One channel identity of a customer, such as a phone number or a Zalo user id.
 */
public record Identity(IdentityKind kind, String value) {

	public Identity {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(value, "value");
	}
}
