package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.MetricValue;

/**
 * Complaints over conversations, and per 1,000 distinct customers of the group.
 */
final class ComplaintAggregator implements Aggregator {

	static final String COMPLAINT = "complaint";

	private final int complaintTopic;
	private final CustomerSet customers = new CustomerSet();
	private long complaints;
	private long conversations;

	/** @param complaintTopic the dictionary id of the topic complaint; {@link FactRow#NO_ID} when no row has it */
	ComplaintAggregator(int complaintTopic) {
		this.complaintTopic = complaintTopic;
	}

	@Override
	public void accumulate(FactRow row, int attribution) {
		conversations++;
		if (complaintTopic != FactRow.NO_ID
				&& row.dimension(Dimension.TOPIC) == complaintTopic) {
			complaints++;
		}
		customers.add(row.customer());
	}

	@Override
	public void merge(Aggregator other) {
		ComplaintAggregator o = (ComplaintAggregator) other;
		complaints += o.complaints;
		conversations += o.conversations;
		customers.addAll(o.customers);
	}

	@Override
	public Optional<MetricValue> result() {
		return MetricValue.rate(complaints, conversations)
				.map(v -> v.with("per_1000_customers", complaints * 1000.0 / customers.distinct()));
	}
}
