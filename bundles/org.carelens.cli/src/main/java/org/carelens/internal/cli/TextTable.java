package org.carelens.internal.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A table for the terminal: the first column left-aligned, the others (numbers) right-aligned.
 */
final class TextTable {

	private final List<List<String>> rows = new ArrayList<>();

	TextTable row(List<String> cells) {
		rows.add(List.copyOf(cells));
		return this;
	}

	void print(PrintStream out, String indent) {
		int columns = rows.stream().mapToInt(List::size).max().orElse(0);
		int[] widths = new int[columns];
		for (List<String> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				widths[c] = Math.max(widths[c], row.get(c).length());
			}
		}
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder(indent);
			for (int c = 0; c < row.size(); c++) {
				String cell = row.get(c);
				if (c == 0) {
					line.append(CommandLine.pad(cell, widths[c]));
				} else {
					line.append("  ").append(" ".repeat(widths[c] - cell.length())).append(cell);
				}
			}
			out.println(line.toString().stripTrailing());
		}
	}
}
