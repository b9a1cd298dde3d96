package org.carelens.reports.core;

import java.util.Objects;

/**
 * A value a filter can keep: what the engine matches ({@code value}) and what a person reads ({@code label}).
 */
public record Choice(String value, String label) {

	public Choice {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(label, "label");
	}
}
