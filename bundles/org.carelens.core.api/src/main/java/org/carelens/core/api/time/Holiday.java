package org.carelens.core.api.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day a business calendar is closed, such as a day of Tết or 2/9.
 */
public record Holiday(LocalDate date, String name) {

	public Holiday {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(name, "name");
	}
}
