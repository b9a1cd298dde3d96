package org.carelens.internal.kpi.metrics.standard;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carelens.kpi.api.CustomerActivity;
import org.carelens.kpi.api.MetricContext;

/**
 * Customer counts over a period for the loyalty and value metrics: who is a customer at an instant (active in the 12
 * months before it), and who is new in a period. The counts are workspace-wide and depend only on the period, so
 * they are kept for the groups of one report that share it (the channels of one week).
 */
final class CustomerPeriods {

	/** A customer active within this many months before an instant is a customer at that instant. */
	static final int CUSTOMER_MONTHS = 12;

	private record Key(CustomerActivity activity, long start, long end) {
	}

	/** S, E and N of the retention formula. */
	record Counts(long atStart, long atEnd, long newInPeriod) {

		/** @return (E - N) / S, or NaN when there was no customer at the start */
		double retention() {
			return atStart == 0 ? Double.NaN : (double) (atEnd - newInPeriod) / atStart;
		}
	}

	private static final Map<Key, Counts> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Counts> eldest) {
			return size() > 64;
		}
	};

	private CustomerPeriods() {
	}

	/** @return the start of the group's period; for a report without one, 12 months before its end */
	static long start(MetricContext context) {
		return context.periodStart().map(Instant::getEpochSecond)
				.orElseGet(() -> monthsBefore(context, context.periodEnd().getEpochSecond(), CUSTOMER_MONTHS));
	}

	static long monthsBefore(MetricContext context, long epochSecond, int months) {
		return ZonedDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), context.zone()).minusMonths(months)
				.toEpochSecond();
	}

	static Counts counts(MetricContext context) {
		long start = start(context);
		long end = context.periodEnd().getEpochSecond();
		Key key = new Key(context.customers(), start, end);
		synchronized (CACHE) {
			Counts known = CACHE.get(key);
			if (known != null) {
				return known;
			}
		}
		long startWindow = monthsBefore(context, start, CUSTOMER_MONTHS);
		long endWindow = monthsBefore(context, end, CUSTOMER_MONTHS);
		CustomerActivity activity = context.customers();
		long[] counts = new long[3];
		activity.forEachCustomer(customer -> {
			if (activity.activeBetween(customer, startWindow, start)) {
				counts[0]++;
			}
			if (activity.activeBetween(customer, endWindow, end)) {
				counts[1]++;
			}
			long first = activity.firstActivity(customer);
			if (first >= start && first < end) {
				counts[2]++;
			}
		});
		Counts result = new Counts(counts[0], counts[1], counts[2]);
		synchronized (CACHE) {
			CACHE.put(key, result);
		}
		return result;
	}
}
