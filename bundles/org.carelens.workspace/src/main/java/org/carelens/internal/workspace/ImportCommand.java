package org.carelens.internal.workspace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.cli.spi.Arguments;
import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.CommandProperties;
import org.carelens.cli.spi.UsageException;
import org.carelens.core.api.io.LineProblem;
import org.carelens.core.api.io.ReadProgress;
import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.facts.FactContext;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.FactRefresh;
import org.carelens.store.api.StoreException;
import org.carelens.store.api.StoreLocation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * {@code carelens import FILE... --workspace DIR}: imports event files into a workspace's event store.
 */
@Component(service = Command.class)
@CommandProperties(name = "import", summary = "Import event files into a workspace")
public final class ImportCommand implements Command {

	private static final int SHOWN_PROBLEMS = 20;

	private final EventStoreProvider stores;
	private final Optional<WorkspaceConfigurations> configurations;

	@Activate
	public ImportCommand(
			@Reference(target = "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED + ")") EventStoreProvider stores,
			@Reference(cardinality = ReferenceCardinality.OPTIONAL) WorkspaceConfigurations configurations) {
		this.stores = stores;
		this.configurations = Optional.ofNullable(configurations);
	}

	@Override
	public String usage() {
		return """
				Usage: carelens import FILE... --workspace DIR

				Imports JSON Lines event files (.jsonl, or .jsonl.gz) into the event store of the workspace DIR
				(created if missing). Every event is stored once: importing a file again, or again after an
				interrupted import, stores nothing twice. Lines that are not valid events, and events that
				conflict with a stored event of the same id, are kept in the workspace's quarantine with their
				reason. Then the facts of every conversation with new events are folded again, with the SLA
				policies, calendars and organisation of the workspace's configuration (wall-clock durations and
				no SLA when it has none). Progress goes to stderr; the summary to stdout.

				  --workspace DIR   the workspace to import into

				Exit codes: 0 everything imported, 1 something was quarantined (rejected lines or conflicts),
				2 wrong usage or unreadable file.""";
	}

	@Override
	public int run(CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(context.arguments(), Set.of(), Set.of(WorkspaceDirectory.OPTION));
		Path workspace = WorkspaceDirectory.of(arguments, context);
		List<Path> files = files(context, arguments.operands());
		PrintStream out = context.out();
		Optional<FactContext> factContext;
		try {
			factContext = Optional.of(FactContext.ofWorkspace(workspace, configurations));
		} catch (IOException e) {
			// the events are worth storing anyway; their facts wait for a configuration they can be folded with
			context.err().println("carelens import: conversation facts will not be updated: " + e.getMessage());
			factContext = Optional.empty();
		}
		ImportSummary summary;
		Optional<FactRefresh.Result> facts = Optional.empty();
		try (EventStore store = stores.open(new StoreLocation.Workspace(workspace))) {
			EventImporter importer = new EventImporter(store);
			summary = importer.importFiles(files, new Progress(context.err(), files, importer));
			if (factContext.isPresent()) {
				facts = Optional.of(
						WorkspaceFacts.refresh(store, factContext.get(), false, context.err(), importer.recent()));
			}
		} catch (StoreException e) {
			context.err().println("carelens import: " + e.getMessage());
			return FAILED;
		}
		out.println("Imported " + files.size() + (files.size() == 1 ? " file" : " files") + " into " + workspace + ": "
				+ summary.appended().ingested() + " events ingested, " + summary.appended().duplicates()
				+ " duplicates, " + summary.appended().conflicts() + " conflicts, " + summary.rejected()
				+ " rejected lines (" + summary.lines() + " lines read)");
		facts.ifPresentOrElse(
				result -> out.println("Conversation facts: " + result.conversations() + " conversations folded"
						+ (result.rekeyed() > 0 ? ", " + result.rekeyed() + " moved to a linked customer" : "")
						+ (result.fcrChanged() > 0
								? ", first-contact resolution changed for " + result.fcrChanged() + " by repeat contacts"
								: "")),
				() -> out.println("Conversation facts: not updated (see above); run 'carelens workspace facts"
						+ " --workspace " + workspace + "' once the configuration is fixed"));
		if (summary.anythingQuarantined()) {
			out.println("Quarantined (see 'carelens workspace info --workspace " + workspace + " --quarantine'):");
			List<LineProblem> shown = summary.problems().subList(0, Math.min(SHOWN_PROBLEMS, summary.problems().size()));
			shown.forEach(problem -> out.println("  " + problem));
			if (summary.rejected() > shown.size()) {
				out.println("  ... and " + (summary.rejected() - shown.size()) + " more rejected lines");
			}
			if (summary.appended().conflicts() > 0) {
				out.println("  " + summary.appended().conflicts()
						+ " events conflict with stored events of the same id and were not stored");
			}
		}
		return summary.anythingQuarantined() ? FAILED : OK;
	}

	private static List<Path> files(CommandContext context, List<String> operands) throws UsageException {
		if (operands.isEmpty()) {
			throw new UsageException("no event file given");
		}
		List<Path> files = new ArrayList<>();
		for (String operand : operands) {
			Path file = context.resolve(operand);
			if (!Files.isRegularFile(file)) {
				throw new UsageException(Files.isDirectory(file) ? operand + " is a directory, not an event file"
						: "no such file: " + operand);
			}
			if (!Files.isReadable(file)) {
				throw new UsageException("cannot read " + operand + " (permission denied)");
			}
			files.add(file);
		}
		return files;
	}

	/** Reports how far the import is, every second, on stderr. */
	private static final class Progress implements ReadProgress {
		private final PrintStream err;
		private final EventImporter importer;
		private final long totalBytes;
		private long doneBefore;
		private long current;
		private long lastReport = System.nanoTime();

		Progress(PrintStream err, List<Path> files, EventImporter importer) {
			this.err = err;
			this.importer = importer;
			long total = 0;
			for (Path file : files) {
				try {
					total += Files.size(file);
				} catch (java.io.IOException e) {
					// checked readable above; a vanished file fails in the reader with its own message
				}
			}
			this.totalBytes = Math.max(1, total);
		}

		@Override
		public void bytesRead(long total) {
			if (total < current) {
				doneBefore += current;
			}
			current = total;
			long now = System.nanoTime();
			if (now - lastReport > 1_000_000_000L) {
				lastReport = now;
				err.printf("importing: %d%% of %,d bytes read, %,d events stored%n",
						100 * (doneBefore + current) / totalBytes, totalBytes, importer.storedSoFar());
			}
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	}
}
