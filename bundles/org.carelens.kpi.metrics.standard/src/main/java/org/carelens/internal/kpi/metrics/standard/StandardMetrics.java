package org.carelens.internal.kpi.metrics.standard;

import java.util.List;

import org.carelens.kpi.api.Metric;

/**
 * Every metric of the standard pack, for use outside OSGi (benchmarks, cross-checks); in OSGi each is a service of
 * its own.
 */
public final class StandardMetrics {

	private StandardMetrics() {
	}

	/** @return a new instance of each standard metric, in the order of METRICS.md */
	public static List<Metric> all() {
		return List.of(new FirstResponseTime(), new ReplyTime(), new ResolutionTime(), new FirstResolutionTime(),
				new HandleTime(), new Occupancy(), new WaitTime(), new ServiceLevel(), new AbandonRate(),
				new WaitingNow(), new ResolutionRate(), new FirstContactResolution(), new CreatedVsResolved(),
				new Overdue(), new SlaCompliance(), new EscalationRate(), new ReopenRate(), new ComplaintRate(),
				new Csat(), new Nps(), new Ces(), new Csi(), new SurveyResponseRate(), new SurveyBias(), new QaScore(),
				new RetentionRate(), new LoyalCustomerRate(), new CustomerLifetimeValue(), new Engagement(),
				new ConversionRate());
	}
}
