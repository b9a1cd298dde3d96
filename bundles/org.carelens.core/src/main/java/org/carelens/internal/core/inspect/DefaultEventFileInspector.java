package org.carelens.internal.core.inspect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.io.JsonLinesReader;
import org.carelens.core.api.io.LineProblem;
import org.carelens.core.api.io.ReadProgress;
import org.carelens.core.api.io.ReadSummary;
import org.carelens.core.inspect.EventFileInspector;
import org.carelens.core.inspect.InspectionReport;
import org.osgi.service.component.annotations.Component;

/**
 * Inspects event files in one pass, attributing every event to the channel of its conversation even when the
 * opening arrives later or in another file of the set.
 */
@Component(service = EventFileInspector.class)
public final class DefaultEventFileInspector implements EventFileInspector {

	@Override
	public InspectionReport inspect(List<Path> files, ReadProgress progress, Consumer<LineProblem> problems)
			throws IOException {
		Map<String, ChannelKind> channelOf = new HashMap<>();
		List<FileTally> tallies = new ArrayList<>(files.size());
		ProblemLog log = new ProblemLog(problems, MAX_PROBLEMS_KEPT);
		boolean cancelled = false;
		for (Path file : files) {
			if (progress.isCancelled()) {
				cancelled = true;
				break;
			}
			FileTally tally = new FileTally(channelOf);
			tallies.add(tally);
			ReadSummary summary = JsonLinesReader.read(file, new JsonLinesReader.Handler() {
				@Override
				public void event(Event event, long line) {
					tally.add(event);
				}

				@Override
				public void problem(LineProblem problem) {
					log.add(problem);
				}
			}, progress);
			tally.summary = summary;
			cancelled = summary.cancelled();
			if (cancelled) {
				break;
			}
		}
		return Reports.of(tallies, log, cancelled);
	}
}
