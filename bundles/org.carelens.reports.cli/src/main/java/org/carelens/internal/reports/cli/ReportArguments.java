package org.carelens.internal.reports.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.cli.spi.Arguments;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.UsageException;
import org.carelens.reports.export.ReportDefinition;
import org.carelens.reports.export.ReportFormat;

/**
 * The arguments of {@code carelens report}: a workspace, and either {@code --list} or a saved report and the file
 * to write it to.
 *
 * @param workspace the workspace folder
 * @param report    the saved report's name, unless listing
 * @param out       the file, its format from its extension, unless listing
 * @param format    the format of {@code out}
 * @param at        the report instant as typed, if given
 * @param list      whether to list the saved reports instead
 */
record ReportArguments(Path workspace, Optional<String> report, Optional<Path> out, Optional<ReportFormat> format,
		Optional<String> at, boolean list) {

	static ReportArguments parse(CommandContext context) throws UsageException {
		Arguments arguments = Arguments.parse(context.arguments(), Set.of("--list"),
				Set.of("--workspace", "--report", "--out", "--at"));
		if (!arguments.operands().isEmpty()) {
			throw new UsageException("unexpected argument '" + arguments.operands().get(0) + "'");
		}
		Path workspace = context.resolve(arguments.value("--workspace")
				.orElseThrow(() -> new UsageException("--workspace DIR is required")));
		Optional<String> report = arguments.value("--report");
		Optional<Path> out = arguments.value("--out").map(context::resolve);
		boolean list = arguments.flag("--list");
		if (list) {
			if (report.isPresent() || out.isPresent() || arguments.value("--at").isPresent()) {
				throw new UsageException("--list takes only --workspace");
			}
			return new ReportArguments(workspace, report, out, Optional.empty(), Optional.empty(), true);
		}
		if (report.isEmpty()) {
			throw new UsageException("--report NAME is required (or --list for the saved reports)");
		}
		if (!ReportDefinition.NAME.matcher(report.get()).matches()) {
			throw new UsageException("--report: '" + report.get()
					+ "' is no report name (letters, digits, '.', '_' and '-')");
		}
		if (out.isEmpty()) {
			throw new UsageException("--out FILE is required: its extension says the format, one of "
					+ extensions());
		}
		Optional<ReportFormat> format = ReportFormat.of(out.get());
		if (format.isEmpty()) {
			throw new UsageException("--out " + out.get() + ": the format comes from the file's extension, one of "
					+ extensions());
		}
		return new ReportArguments(workspace, report, out, format, arguments.value("--at"), false);
	}

	private static List<String> extensions() {
		return Arrays.stream(ReportFormat.values()).map(f -> "." + f.extension()).toList();
	}
}
