package org.carelens.reports.export;

import java.util.Objects;
import java.util.Optional;

/**
 * One value of a table: a number in its unit (kept raw, so that a spreadsheet computes with it), a text, or nothing.
 *
 * @param number the value in the unit of {@link #format()} (seconds, a ratio 0..1, a count...), if a number
 * @param format how the number reads
 * @param text   the text, if not a number
 * @param tone   a status colour (met, at risk, missed), if any
 */
public record Cell(Optional<Double> number, Format format, Optional<String> text, Optional<Tone> tone) {

	/** A cell without value. */
	public static final Cell EMPTY = new Cell(Optional.empty(), Format.DECIMAL, Optional.empty(), Optional.empty());

	public Cell {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(tone, "tone");
		if (number.isPresent() && text.isPresent()) {
			throw new IllegalArgumentException("a cell is a number or a text, not both");
		}
	}

	public static Cell number(double value, Format format) {
		return new Cell(Optional.of(value), format, Optional.empty(), Optional.empty());
	}

	/** @return a number cell, or an empty one */
	public static Cell number(Optional<? extends Number> value, Format format) {
		return value.map(v -> number(v.doubleValue(), format)).orElse(EMPTY);
	}

	public static Cell text(String text) {
		return new Cell(Optional.empty(), Format.DECIMAL, Optional.of(text), Optional.empty());
	}

	public Cell withTone(Optional<Tone> newTone) {
		return new Cell(number, format, text, newTone);
	}

	/** A value against its target. */
	public enum Tone {
		GOOD, WARNING, BAD
	}
}
