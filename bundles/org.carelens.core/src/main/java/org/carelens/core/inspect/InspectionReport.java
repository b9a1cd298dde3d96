package org.carelens.core.inspect;

import java.util.List;

import org.carelens.core.api.io.LineProblem;

/**
 * The result of inspecting a set of event files.
 *
 * @param files             one report per file, in the order given
 * @param total             the whole set; its channel columns use conversations opened in any of the files
 * @param problems          the rejected lines, in file order, at most {@link EventFileInspector#MAX_PROBLEMS_KEPT}
 * @param problemsTruncated whether more lines were rejected than {@code problems} holds
 * @param cancelled         whether the inspection was cancelled before the end
 */
public record InspectionReport(List<FileReport> files, FileReport total, List<LineProblem> problems,
		boolean problemsTruncated, boolean cancelled) {

	public InspectionReport {
		files = List.copyOf(files);
		problems = List.copyOf(problems);
	}
}
