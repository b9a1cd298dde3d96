package org.carelens.reports.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.carelens.kpi.api.TimeBucket;

/**
 * The time buckets a chart over a period uses: days up to a month, weeks up to half a year, months beyond, so that a
 * chart has between a handful and about thirty points. Buckets start in the workspace zone; the first and the last
 * are cut to the period.
 *
 * @param bucket the kind of bucket
 * @param edges  the period's start, the starts of the buckets after the first, and the period's end
 * @param labels one per bucket, as {@link TimeBucket#label} writes its (uncut) start
 */
public record TrendBuckets(TimeBucket bucket, List<Instant> edges, List<String> labels) {

	/** Up to this long, one point a day. */
	public static final Duration DAYS_UP_TO = Duration.ofDays(31);
	/** Up to this long (half a year), one point a week; months beyond. */
	public static final Duration WEEKS_UP_TO = Duration.ofDays(184);

	public TrendBuckets {
		edges = List.copyOf(edges);
		labels = List.copyOf(labels);
		if (labels.size() != edges.size() - 1) {
			throw new IllegalArgumentException(edges.size() + " edges make " + (edges.size() - 1) + " buckets, not "
					+ labels.size());
		}
	}

	/** @return the bucket kind for a period of this length */
	public static TimeBucket bucketFor(Period period) {
		Duration length = period.length();
		if (length.compareTo(DAYS_UP_TO) <= 0) {
			return TimeBucket.DAY;
		}
		return length.compareTo(WEEKS_UP_TO) <= 0 ? TimeBucket.WEEK : TimeBucket.MONTH;
	}

	/** @return the buckets of {@code period} in {@code zone} */
	public static TrendBuckets of(Period period, ZoneId zone) {
		TimeBucket bucket = bucketFor(period);
		List<Instant> edges = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		edges.add(period.from());
		ZonedDateTime start = bucket.start(period.from(), zone);
		labels.add(bucket.label(start));
		for (ZonedDateTime next = bucket.next(start); next.toInstant().isBefore(period.to()); next = bucket.next(next)) {
			edges.add(next.toInstant());
			labels.add(bucket.label(next));
		}
		edges.add(period.to());
		return new TrendBuckets(bucket, edges, labels);
	}

	public int size() {
		return labels.size();
	}

	/** @return the edges in epoch seconds, for a histogram over instants */
	public List<Long> epochSeconds() {
		return edges.stream().map(Instant::getEpochSecond).toList();
	}
}
