package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricProperties;
import org.carelens.kpi.api.MetricUnit;
import org.osgi.service.component.annotations.Component;

/**
 * Average handle time: talk + hold + wrap-up per handled contact.
 */
@Component(service = Metric.class)
@MetricProperties(id = "handle_time", labelKey = "metric.handle_time", unit = MetricUnit.SECONDS,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.SPEED)
public final class HandleTime extends StandardMetric {

	public HandleTime() {
		super("Talk + hold + wrap-up time from handle events. Each conversation with handled contacts gives one"
				+ " value, its handling time divided by its number of handled contacts (rounded to the second): n counts"
				+ " those conversations, and mean, median and p90 are over them. Attributed to the creation period; no"
				+ " value without handled contacts; the target is per channel, with no default.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new DurationAggregator(HandleTime::perContact, Optional.empty());
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(Members.duration(HandleTime::perContact));
	}
	/** @return the conversation's handling time per handled contact, rounded to the second */
	static long perContact(FactRow row) {
		int contacts = row.handledContacts();
		return contacts == 0 ? FactRow.NONE : Math.round((double) row.handleSeconds() / contacts);
	}
}
