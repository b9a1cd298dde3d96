package org.carelens.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.carelens.cli.spi.Arguments;
import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.CommandProperties;
import org.carelens.cli.spi.UsageException;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.EventType;
import org.carelens.core.api.io.ReadProgress;
import org.carelens.core.inspect.EventCounts;
import org.carelens.core.inspect.EventFileInspector;
import org.carelens.core.inspect.FileReport;
import org.carelens.core.inspect.InspectionReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code carelens validate FILE...}: checks event files against the event format without importing them.
 */
@Component(service = Command.class)
@CommandProperties(name = "validate", summary = "Check event files against the CareLens event format")
public final class ValidateCommand implements Command {

	private static final String SUMMARY_ONLY = "--summary";

	private final EventFileInspector inspector;

	@Activate
	public ValidateCommand(@Reference EventFileInspector inspector) {
		this.inspector = inspector;
	}

	@Override
	public String usage() {
		return """
				Usage: carelens validate [--summary] FILE...

				Reads JSON Lines event files (.jsonl, or .jsonl.gz) and checks every line against the
				CareLens event format, without importing anything. Prints every rejected line as
				FILE:LINE: REASON, then per file the valid events by type and channel and their time span.

				  --summary   print only the per-file summaries, not each rejected line

				Channel columns count events under the channel of their conversation; "unopened" counts
				events of conversations whose conversation.opened is in none of the files, and
				"no-conversation" counts events that belong to no conversation (orders, identities).

				Exit codes: 0 every line valid, 1 some lines rejected, 2 wrong usage or unreadable file.""";
	}

	@Override
	public int run(CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(context.arguments(), Set.of(SUMMARY_ONLY), Set.of());
		List<Path> files = files(context, arguments.operands());
		boolean printProblems = !arguments.flag(SUMMARY_ONLY);
		PrintStream out = context.out();
		InspectionReport report = inspector.inspect(files, ReadProgress.NONE, problem -> {
			if (printProblems) {
				out.println(problem);
			}
		});
		if (printProblems && !report.problems().isEmpty()) {
			out.println();
		}
		for (FileReport file : report.files()) {
			print(file, out);
		}
		if (report.files().size() > 1) {
			print(report.total(), out);
		}
		return report.total().rejected() == 0 ? OK : FAILED;
	}

	private static List<Path> files(CommandContext context, List<String> operands) throws UsageException {
		if (operands.isEmpty()) {
			throw new UsageException("no event file given");
		}
		List<Path> files = new ArrayList<>(operands.size());
		for (String operand : operands) {
			Path file = context.resolve(operand);
			if (!Files.exists(file)) {
				throw new UsageException("no such file: " + operand);
			}
			if (Files.isDirectory(file)) {
				throw new UsageException(operand + " is a directory, not an event file");
			}
			if (!Files.isReadable(file)) {
				throw new UsageException("cannot read " + operand + " (permission denied)");
			}
			files.add(file);
		}
		return files;
	}

	private static void print(FileReport file, PrintStream out) {
		out.println(file.source() + ": " + file.events() + " valid events, " + file.rejected() + " rejected lines, "
				+ file.lines() + " lines");
		if (file.first().isPresent()) {
			out.println("  span " + file.first().get() + " .. " + file.last().get());
		}
		if (file.events() > 0) {
			table(file.counts()).print(out, "  ");
		}
		out.println();
	}

	static TextTable table(EventCounts counts) {
		List<ChannelKind> channels = new ArrayList<>();
		for (ChannelKind channel : ChannelKind.values()) {
			if (counts.total(channel) > 0) {
				channels.add(channel);
			}
		}
		boolean unknown = counts.totalUnknownChannel() > 0;
		boolean none = counts.totalNoConversation() > 0;
		List<String> header = new ArrayList<>();
		header.add("type");
		channels.forEach(c -> header.add(c.wire()));
		if (unknown) {
			header.add("unopened");
		}
		if (none) {
			header.add("no-conversation");
		}
		header.add("total");
		TextTable table = new TextTable().row(header);
		for (EventType type : EventType.values()) {
			if (counts.total(type) == 0) {
				continue;
			}
			List<String> row = new ArrayList<>();
			row.add(type.wire());
			channels.forEach(c -> row.add(Long.toString(counts.count(type, c))));
			if (unknown) {
				row.add(Long.toString(counts.unknownChannel(type)));
			}
			if (none) {
				row.add(Long.toString(counts.noConversation(type)));
			}
			row.add(Long.toString(counts.total(type)));
			table.row(row);
		}
		List<String> total = new ArrayList<>();
		total.add("total");
		channels.forEach(c -> total.add(Long.toString(counts.total(c))));
		if (unknown) {
			total.add(Long.toString(counts.totalUnknownChannel()));
		}
		if (none) {
			total.add(Long.toString(counts.totalNoConversation()));
		}
		total.add(Long.toString(counts.total()));
		return table.row(total);
	}
}
