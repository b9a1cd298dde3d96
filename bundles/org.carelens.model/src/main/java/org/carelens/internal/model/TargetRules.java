package org.carelens.internal.model;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.carelens.model.MetricTarget;
import org.carelens.model.Workspace;

/**
 * A metric target names a metric by its id, has a finite value, and no two targets have the same metric and scope.
 */
final class TargetRules {

	private static final Pattern METRIC_ID = Pattern.compile("[a-z][a-z0-9_]*");

	private TargetRules() {
	}

	static void check(Workspace workspace, Problems problems) {
		Set<String> scopes = new HashSet<>();
		for (MetricTarget target : workspace.getMetricTargets()) {
			String metric = Labels.text(target.getMetric());
			if (!METRIC_ID.matcher(metric).matches()) {
				problems.error(target, "Target metric '" + metric
						+ "' is not a metric id such as first_response_time (lower case, digits and _)");
			}
			if (Double.isNaN(target.getValue()) || Double.isInfinite(target.getValue())) {
				problems.error(target, "Target for '" + metric + "' has no finite value");
			}
			String scope = scope(target);
			if (!scopes.add(metric + "|" + scope)) {
				problems.error(target, "There are two targets for '" + metric + "' on " + scope);
			}
		}
	}

	/** @return e.g. {@code the whole workspace}, {@code CHAT, team 't1'} */
	static String scope(MetricTarget target) {
		StringBuilder scope = new StringBuilder();
		if (target.isSetChannelKind()) {
			scope.append(target.getChannelKind().getName());
		}
		if (target.getTeam() != null) {
			scope.append(scope.isEmpty() ? "" : ", ").append("team '").append(Labels.text(target.getTeam().getId()))
					.append('\'');
		}
		if (target.getChannel() != null) {
			scope.append(scope.isEmpty() ? "" : ", ").append("channel '")
					.append(Labels.text(target.getChannel().getId())).append('\'');
		}
		return scope.isEmpty() ? "the whole workspace" : scope.toString();
	}
}
