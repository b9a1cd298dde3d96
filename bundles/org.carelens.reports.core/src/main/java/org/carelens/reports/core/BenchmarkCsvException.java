package org.carelens.reports.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A benchmark file that cannot be used, with every problem found (up to {@link BenchmarkCsv#MAX_PROBLEMS}), each
 * naming its line and, where it is about one field, its column.
 */
public final class BenchmarkCsvException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	public BenchmarkCsvException(String file, List<Problem> problems) {
		super(message(file, problems));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	private static String message(String file, List<Problem> problems) {
		StringBuilder text = new StringBuilder(file).append(':');
		for (Problem problem : problems) {
			text.append(System.lineSeparator()).append("  ").append(problem);
		}
		return text.toString();
	}

	/**
	 * One thing wrong in the file.
	 *
	 * @param line   the line, from 1
	 * @param column the column (its number from 1 and its header name), when the problem is about one field
	 * @param text   what is wrong and how to put it right
	 */
	public record Problem(int line, Optional<String> column, String text) {

		public Problem {
			Objects.requireNonNull(column, "column");
			Objects.requireNonNull(text, "text");
		}

		@Override
		public String toString() {
			return "line " + line + column.map(c -> ", column " + c).orElse("") + ": " + text;
		}
	}
}
