package org.carelens.internal.kpi.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.CommandProperties;
import org.carelens.cli.spi.UsageException;
import org.carelens.core.api.ChannelKind;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code carelens metrics}: every registered metric with its unit, direction, default targets and definition.
 */
@Component(service = Command.class)
@CommandProperties(name = "metrics", summary = "List the registered metrics with their definitions and units")
public final class MetricsCommand implements Command {

	private final KpiEngine engine;

	@Activate
	public MetricsCommand(@Reference KpiEngine engine) {
		this.engine = engine;
	}

	@Override
	public String usage() {
		return """
				Usage: carelens metrics

				Lists every metric registered now (the standard pack and any other installed), with its id, family,
				unit, which direction is better, its default targets, and its definition.

				Exit codes: 0 listed, 2 wrong usage.""";
	}

	@Override
	public int run(CommandContext context) throws Exception {
		if (!context.arguments().isEmpty()) {
			throw new UsageException("unexpected argument " + context.arguments().get(0));
		}
		List<Metric> metrics = engine.metrics();
		PrintStream out = context.out();
		out.println(metrics.size() + " metrics");
		for (Metric metric : metrics) {
			MetricInfo info = metric.info();
			out.println();
			out.println(info.id() + "  [" + info.kind().name().toLowerCase(Locale.ROOT) + ", "
					+ info.unit().name().toLowerCase(Locale.ROOT) + ", "
					+ (info.direction().name().startsWith("HIGHER") ? "higher is better" : "lower is better") + "]");
			targets(metric).ifPresent(t -> out.println("  default target: " + t));
			out.println(wrap(metric.definition(), "  ", 100));
		}
		return OK;
	}

	private static Optional<String> targets(Metric metric) {
		StringBuilder text = new StringBuilder();
		metric.defaultTarget(Optional.empty()).ifPresent(t -> text.append(ReportWriter.number(t)));
		for (ChannelKind kind : ChannelKind.values()) {
			Optional<Double> target = metric.defaultTarget(Optional.of(kind));
			if (target.isPresent() && !target.equals(metric.defaultTarget(Optional.empty()))) {
				text.append(text.isEmpty() ? "" : ", ").append(kind.wire()).append(' ')
						.append(ReportWriter.number(target.get()));
			}
		}
		return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
	}

	static String wrap(String text, String indent, int width) {
		StringBuilder wrapped = new StringBuilder();
		StringBuilder line = new StringBuilder(indent);
		for (String word : text.split(" ")) {
			if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
				wrapped.append(line).append('\n');
				line = new StringBuilder(indent);
			}
			line.append(line.length() > indent.length() ? " " : "").append(word);
		}
		return wrapped.append(line).toString();
	}
}
