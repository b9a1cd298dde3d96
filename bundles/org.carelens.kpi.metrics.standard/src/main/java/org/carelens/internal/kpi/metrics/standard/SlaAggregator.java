package org.carelens.internal.kpi.metrics.standard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.MetricValue;

/**
 * SLA compliance overall and per target, as of the report instant.
 */
final class SlaAggregator implements Aggregator {

	private final long at;
	private long applies;
	private long compliant;
	private long firstResponseChecked;
	private long firstResponseMet;
	private long resolutionChecked;
	private long resolutionMet;
	private long repliesChecked;
	private long repliesBreached;

	SlaAggregator(long at) {
		this.at = at;
	}

	private static boolean missed(int outcome, long due, long at) {
		return outcome == FactRow.SLA_BREACHED || outcome == FactRow.SLA_PENDING && at > due;
	}

	/** @return whether a row with an SLA policy met every target, or can still meet it, as of {@code at} */
	static boolean compliant(FactRow row, long at) {
		long pending = row.slaNextReplyPendingDue();
		return !missed(row.slaFirstResponse(), row.slaFirstResponseDue(), at)
				&& !missed(row.slaResolution(), row.slaResolutionDue(), at)
				&& !(row.slaNextRepliesBreached() > 0 || pending != FactRow.NONE && at > pending);
	}

	@Override
	public void accumulate(FactRow row, int attribution) {
		if (!row.slaApplies()) {
			return;
		}
		applies++;
		boolean firstResponseMissed = missed(row.slaFirstResponse(), row.slaFirstResponseDue(), at);
		boolean resolutionMissed = missed(row.slaResolution(), row.slaResolutionDue(), at);
		if (compliant(row, at)) {
			compliant++;
		}
		if (row.slaFirstResponse() != FactRow.SLA_NONE) {
			firstResponseChecked++;
			firstResponseMet += firstResponseMissed ? 0 : 1;
		}
		if (row.slaResolution() != FactRow.SLA_NONE) {
			resolutionChecked++;
			resolutionMet += resolutionMissed ? 0 : 1;
		}
		repliesChecked += row.slaNextRepliesChecked();
		repliesBreached += row.slaNextRepliesBreached();
	}

	@Override
	public void merge(Aggregator other) {
		SlaAggregator o = (SlaAggregator) other;
		applies += o.applies;
		compliant += o.compliant;
		firstResponseChecked += o.firstResponseChecked;
		firstResponseMet += o.firstResponseMet;
		resolutionChecked += o.resolutionChecked;
		resolutionMet += o.resolutionMet;
		repliesChecked += o.repliesChecked;
		repliesBreached += o.repliesBreached;
	}

	@Override
	public Optional<MetricValue> result() {
		return MetricValue.rate(compliant, applies).map(v -> {
			Map<String, Object> fields = new LinkedHashMap<>(v.fields());
			share(fields, "first_response", firstResponseMet, firstResponseChecked);
			share(fields, "next_reply", repliesChecked - repliesBreached, repliesChecked);
			share(fields, "resolution", resolutionMet, resolutionChecked);
			return new MetricValue(v.value(), fields);
		});
	}

	private static void share(Map<String, Object> fields, String name, long met, long checked) {
		if (checked > 0) {
			fields.put(name, (double) met / checked);
		}
	}
}
