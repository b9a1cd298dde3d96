package org.carelens.internal.model;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.carelens.model.SlaPolicy;
import org.carelens.model.SlaTarget;
import org.carelens.model.Workspace;

/**
 * An SLA policy has targets, each with a positive limit, and at most one target per metric, channel and priority.
 */
final class SlaRules {

	private SlaRules() {
	}

	static void check(Workspace workspace, Problems problems) {
		for (SlaPolicy policy : workspace.getSlaPolicies()) {
			String label = Labels.of(policy);
			if (policy.getTargets().isEmpty()) {
				problems.error(policy, label + " has no targets");
			}
			Set<String> scopes = new HashSet<>();
			for (SlaTarget target : policy.getTargets()) {
				String what = metric(target) + " target for " + scope(target);
				Optional<Duration> limit = Durations.parse(target.getLimit());
				if (limit.isEmpty()) {
					problems.error(policy, label + " has a " + what + " whose limit '" + Labels.text(target.getLimit())
							+ "' is not a duration (such as PT2M) or a number of seconds");
				} else if (limit.get().isNegative() || limit.get().isZero()) {
					problems.error(policy, label + " has a " + what + " whose limit " + target.getLimit()
							+ " is not positive");
				}
				if (!scopes.add(metric(target) + "|" + scope(target))) {
					problems.error(policy, label + " has two " + metric(target) + " targets for " + scope(target));
				}
			}
		}
	}

	/** @return e.g. {@code first-response} */
	static String metric(SlaTarget target) {
		return target.getMetric().getName().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** @return e.g. {@code CHAT/urgent}, {@code CHAT}, {@code any channel/urgent}, {@code any channel} */
	static String scope(SlaTarget target) {
		String channel = target.isSetChannel() ? target.getChannel().getName() : "any channel";
		return target.isSetPriority() ? channel + "/" + target.getPriority().getName().toLowerCase(Locale.ROOT)
				: channel;
	}
}
