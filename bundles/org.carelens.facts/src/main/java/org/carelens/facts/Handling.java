package org.carelens.facts;

import java.time.Duration;
import java.util.Objects;

/**
 * Talk, hold and wrap-up time over the handled contacts of a conversation.
 */
public record Handling(int contacts, Duration talk, Duration hold, Duration wrap) {

	public static final Handling NONE = new Handling(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

	public Handling {
		Objects.requireNonNull(talk, "talk");
		Objects.requireNonNull(hold, "hold");
		Objects.requireNonNull(wrap, "wrap");
	}

	/** @return talk + hold + wrap-up */
	public Duration total() {
		return talk.plus(hold).plus(wrap);
	}
}
