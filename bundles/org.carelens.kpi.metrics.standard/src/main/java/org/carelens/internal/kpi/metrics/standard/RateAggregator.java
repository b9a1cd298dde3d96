package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.MetricValue;

/**
 * num / den over the rows that pass the denominator's test; no value when none does.
 */
final class RateAggregator implements Aggregator {

	private final RowTest denominator;
	private final RowTest numerator;
	private long num;
	private long den;

	RateAggregator(RowTest denominator, RowTest numerator) {
		this.denominator = denominator;
		this.numerator = numerator;
	}

	@Override
	public void accumulate(FactRow row, int attribution) {
		if (denominator.test(row)) {
			den++;
			if (numerator.test(row)) {
				num++;
			}
		}
	}

	@Override
	public void merge(Aggregator other) {
		RateAggregator o = (RateAggregator) other;
		num += o.num;
		den += o.den;
	}

	@Override
	public Optional<MetricValue> result() {
		return MetricValue.rate(num, den);
	}
}
