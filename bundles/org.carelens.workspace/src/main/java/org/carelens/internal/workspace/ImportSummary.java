package org.carelens.internal.workspace;

import java.util.List;

import org.carelens.core.api.io.LineProblem;
import org.carelens.store.api.AppendResult;

/**
 * What an import did, over all its files.
 *
 * @param appended   events stored, duplicates and conflicts
 * @param rejected   lines that were not events, each quarantined
 * @param problems   the first rejected lines, for the summary
 * @param lines      lines read
 * @param cancelled  whether the import stopped before the end
 */
public record ImportSummary(AppendResult appended, long rejected, List<LineProblem> problems, long lines,
		boolean cancelled) {

	public ImportSummary {
		problems = List.copyOf(problems);
	}

	/** @return whether anything was not ingested: a rejected line or a conflicting event */
	public boolean anythingQuarantined() {
		return rejected > 0 || appended.conflicts() > 0;
	}
}
