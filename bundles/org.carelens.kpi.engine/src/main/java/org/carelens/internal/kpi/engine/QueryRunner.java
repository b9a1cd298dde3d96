package org.carelens.internal.kpi.engine;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.carelens.core.api.ChannelKind;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Attribution;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactCursor;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.Member;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.Status;
import org.carelens.kpi.api.Targets;
import org.carelens.kpi.api.TimeBucket;

/**
 * Runs one query over a table: splits the rows into one part per core, aggregates each part into groups keyed by
 * the packed dictionary ids of the grouping dimensions and the time bucket, merges the parts, and writes the rows
 * of the result with targets and status.
 */
final class QueryRunner {

	/** Below this many rows per part, splitting costs more than it saves. */
	private static final int MIN_ROWS_PER_PART = 32_768;
	private static final int PARTS_PER_CORE = 4;
	/** Group keys of up to this many bits are looked up in an array (256 KiB per part at most). */
	private static final int DENSE_KEY_BITS = 16;
	/** Rows per block: their columns and side slots stay within a core's cache while their groups are visited. */
	private static final int BLOCK = 8192;

	private final ColumnTable table;
	private final KpiQuery query;
	private final List<Metric> metrics;
	private final Dimension[] by;
	private final int[] shifts;
	private final boolean[][] kept;
	private final Attribution[] attributions;
	/** Per attribution: pairs of (metric index, attribution index within the metric). */
	private final int[][] plan;
	private final long from;
	private final long to;
	private final long[] boundaries;
	private final int bucketBits;
	/** The bits of a group key: dimension ids and bucket index. */
	private final int keyBits;
	private final TableActivity activity;
	/** For hours, days and weeks in a zone without daylight saving: bucket = (instant - origin) / length. */
	private final long fixedOrigin;
	private final long fixedLength;
	/** The dimensions that are filtered, and their kept ids. */
	private final Dimension[] filtered;
	private final boolean[][] filteredIds;

	QueryRunner(ColumnTable table, KpiQuery query, List<Metric> metrics, TableActivity activity) {
		this.table = table;
		this.query = query;
		this.metrics = metrics;
		this.activity = activity;
		this.by = query.by().toArray(Dimension[]::new);
		this.kept = filters(table, query);
		List<Attribution> used = new ArrayList<>();
		for (Metric metric : metrics) {
			for (Attribution attribution : metric.attributions()) {
				if (!used.contains(attribution)) {
					used.add(attribution);
				}
			}
		}
		this.attributions = used.toArray(Attribution[]::new);
		this.plan = new int[attributions.length][];
		for (int a = 0; a < attributions.length; a++) {
			List<int[]> pairs = new ArrayList<>();
			for (int m = 0; m < metrics.size(); m++) {
				List<Attribution> own = metrics.get(m).attributions();
				for (int k = 0; k < own.size(); k++) {
					if (own.get(k) == attributions[a]) {
						pairs.add(new int[] { m, k });
					}
				}
			}
			plan[a] = pairs.stream().flatMapToInt(IntStream::of).toArray();
		}
		this.from = query.from().map(Instant::getEpochSecond).orElse(Long.MIN_VALUE);
		// nothing after the report instant is counted
		long end = query.at().getEpochSecond() + 1;
		this.to = query.to().map(t -> Math.min(t.getEpochSecond(), end)).orElse(end);
		this.boundaries = boundaries(table, query.bucket(), from, to, query);
		this.bucketBits = bits(boundaries.length + 1);
		long length = switch (query.bucket()) {
		case HOUR -> 3600;
		case DAY -> 86_400;
		case WEEK -> 7 * 86_400;
		default -> 0;
		};
		// fixed when the zone's offset does not change over the buckets (Asia/Ho_Chi_Minh since 1975)
		boolean fixed = length > 0 && boundaries.length > 0 && Optional
				.ofNullable(query.zone().getRules().nextTransition(Instant.ofEpochSecond(boundaries[0])))
				.map(t -> t.getInstant().getEpochSecond() > boundaries[boundaries.length - 1] + length).orElse(true);
		this.fixedLength = fixed ? length : 0;
		this.fixedOrigin = fixed ? boundaries[0] : 0;
		List<Dimension> withFilter = new ArrayList<>();
		List<boolean[]> ids = new ArrayList<>();
		for (Dimension dimension : Dimension.values()) {
			if (kept[dimension.ordinal()] != null) {
				withFilter.add(dimension);
				ids.add(kept[dimension.ordinal()]);
			}
		}
		this.filtered = withFilter.toArray(Dimension[]::new);
		this.filteredIds = ids.toArray(boolean[][]::new);
		this.shifts = new int[by.length];
		int total = bucketBits;
		for (int d = by.length - 1; d >= 0; d--) {
			shifts[d] = total;
			total += bits(table.cardinality(by[d]));
		}
		if (total > 63) {
			throw new IllegalArgumentException("grouping by " + query.by() + " and " + query.bucket().key()
					+ " makes more groups than one query can hold (" + total + " bits of group key)");
		}
		this.keyBits = total;
	}

	private static int bits(int values) {
		return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, values - 1)));
	}

	static boolean[][] filters(ColumnTable table, KpiQuery query) {
		boolean[][] kept = new boolean[Dimension.values().length][];
		for (Map.Entry<Dimension, Set<String>> filter : query.filters().entrySet()) {
			boolean[] ids = new boolean[table.cardinality(filter.getKey())];
			for (String value : filter.getValue()) {
				int id = table.idOf(filter.getKey(), value);
				if (id > 0) {
					ids[id] = true;
				}
			}
			kept[filter.getKey().ordinal()] = ids;
		}
		return kept;
	}

	/** @return the starts of the time buckets that hold the table's instants within the range, ascending */
	private static long[] boundaries(ColumnTable table, TimeBucket bucket, long from, long to, KpiQuery query) {
		if (bucket == TimeBucket.NONE || table.size == 0) {
			return new long[0];
		}
		long lo = Math.max(table.minInstant, from);
		long hi = Math.min(table.maxInstant, to - 1);
		List<Long> starts = new ArrayList<>();
		if (lo <= hi) {
			for (ZonedDateTime start = bucket.start(Instant.ofEpochSecond(lo), query.zone()); start.toEpochSecond() <= hi;
					start = bucket.next(start)) {
				starts.add(start.toEpochSecond());
			}
		}
		return starts.stream().mapToLong(Long::longValue).toArray();
	}

	/** @return the index of the bucket holding {@code instant}, 0 when not bucketed */
	private int bucketOf(long instant) {
		if (boundaries.length == 0) {
			return 0;
		}
		if (fixedLength > 0) {
			return (int) Math.min(boundaries.length - 1, Math.max(0, (instant - fixedOrigin) / fixedLength));
		}
		int lo = 0;
		int hi = boundaries.length - 1;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (boundaries[mid] <= instant) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return lo;
	}

	private static final class Part {
		final LongIntMap index = new LongIntMap();
		final List<Long> keys = new ArrayList<>();
		final List<Aggregator[]> aggregators = new ArrayList<>();
	}

	KpiResult run() {
		int size = table.size;
		// more parts than cores, so that a core slowed by other work hands parts over to the other
		int parts = Math.max(1, Math.min(PARTS_PER_CORE * Runtime.getRuntime().availableProcessors(),
				size / MIN_ROWS_PER_PART));
		List<Part> done = IntStream.range(0, parts).parallel()
				.mapToObj(p -> aggregate((int) ((long) size * p / parts), (int) ((long) size * (p + 1) / parts)))
				.toList();
		Part all = done.get(0);
		for (int p = 1; p < done.size(); p++) {
			Part part = done.get(p);
			for (int g = 0; g < part.keys.size(); g++) {
				long key = part.keys.get(g);
				int into = all.index.get(key);
				if (into < 0) {
					all.index.put(key, all.keys.size());
					all.keys.add(key);
					all.aggregators.add(part.aggregators.get(g));
				} else {
					Aggregator[] target = all.aggregators.get(into);
					Aggregator[] source = part.aggregators.get(g);
					for (int m = 0; m < target.length; m++) {
						target[m].merge(source[m]);
					}
				}
			}
		}
		return result(all);
	}

	/**
	 * Aggregates rows {@code start..end} block by block. Within a block, the (row, attribution) pairs are first
	 * given their groups, then sorted by group and attribution (a stable counting sort), then handed to the
	 * aggregators one group, one attribution and one metric after the other: rows of a time-bucketed report arrive
	 * in no particular group order, and visiting each group's aggregators once per block instead of once per row
	 * keeps them in the cache while the block's rows stay in it too; one metric at a time over a run of rows keeps
	 * its calls predictable.
	 */
	private Part aggregate(int start, int end) {
		Part part = new Part();
		RowCursor row = (RowCursor) table.cursor(start, end);
		int perRow = attributions.length;
		int[] pairKey = new int[BLOCK * perRow];
		int[] pairRow = new int[BLOCK * perRow];
		int[] sorted = new int[BLOCK * perRow];
		int[] ends = new int[64];
		// small key spaces (a few dimensions and weeks) find groups in an array instead of the map
		int[] dense = keyBits <= DENSE_KEY_BITS ? new int[1 << keyBits] : null;
		if (dense != null) {
			Arrays.fill(dense, -1);
		}
		// the attributions of a row often fall into the same bucket (a call resolved within the week it came)
		long lastKey = -1;
		int lastGroup = -1;
		for (int blockStart = start; blockStart < end; blockStart += BLOCK) {
			int blockEnd = Math.min(end, blockStart + BLOCK);
			int pairs = 0;
			rows: for (int r = blockStart; r < blockEnd; r++) {
				row.moveTo(r);
				long dimensionKey = 0;
				for (int d = 0; d < by.length; d++) {
					dimensionKey |= (long) row.dimension(by[d]) << shifts[d];
				}
				for (int f = 0; f < filtered.length; f++) {
					int id = row.dimension(filtered[f]);
					if (id >= filteredIds[f].length || !filteredIds[f][id]) {
						continue rows;
					}
				}
				for (int a = 0; a < perRow; a++) {
					long instant = row.instant(attributions[a]);
					if (instant == FactRow.NONE || instant < from || instant >= to) {
						continue;
					}
					long key = dimensionKey | bucketOf(instant);
					int group = key == lastKey ? lastGroup : dense != null ? dense[(int) key] : part.index.get(key);
					if (group < 0) {
						group = part.keys.size();
						part.index.put(key, group);
						part.keys.add(key);
						part.aggregators.add(newAggregators(key));
						if (dense != null) {
							dense[(int) key] = group;
						}
					}
					lastKey = key;
					lastGroup = group;
					pairKey[pairs] = group * perRow + a;
					pairRow[pairs] = r;
					pairs++;
				}
			}
			int keys = part.keys.size() * perRow;
			if (ends.length < keys + 1) {
				ends = new int[Math.max(keys + 1, 2 * ends.length)];
			}
			Arrays.fill(ends, 0, keys + 1, 0);
			for (int i = 0; i < pairs; i++) {
				ends[pairKey[i] + 1]++;
			}
			for (int k = 0; k < keys; k++) {
				ends[k + 1] += ends[k];
			}
			for (int i = 0; i < pairs; i++) {
				sorted[ends[pairKey[i]]++] = pairRow[i];
			}
			// ends[k] is now the end of the rows of key k, which begin where those of key k - 1 end
			int begin = 0;
			for (int k = 0; k < keys; k++) {
				int until = ends[k];
				if (begin == until) {
					continue;
				}
				Aggregator[] aggregators = part.aggregators.get(k / perRow);
				int[] plan = this.plan[k % perRow];
				for (int i = begin; i < until; i++) {
					row.moveTo(sorted[i]);
					for (int p = 0; p < plan.length; p += 2) {
						aggregators[plan[p]].accumulate(row, plan[p + 1]);
					}
				}
				begin = until;
			}
		}
		return part;
	}

	/**
	 * Lists the rows behind the single metric of this runner, over the range and filters of an ungrouped query, in
	 * row order. One thread: a list is read by a person, and the rows are few compared with a report's scan.
	 */
	Optional<List<Member>> members(BooleanSupplier cancelled) {
		Metric metric = metrics.get(0);
		Optional<Membership> membership = metric.membership(context(0));
		if (membership.isEmpty()) {
			return Optional.empty();
		}
		Membership test = membership.get();
		List<Attribution> own = metric.attributions();
		List<Member> members = new ArrayList<>();
		FactCursor row = table.cursor(0, table.size);
		rows: while (row.next()) {
			if ((row.position() & 0xfff) == 0 && cancelled.getAsBoolean()) {
				break;
			}
			for (int f = 0; f < filtered.length; f++) {
				int id = row.dimension(filtered[f]);
				if (id >= filteredIds[f].length || !filteredIds[f][id]) {
					continue rows;
				}
			}
			int sample = 0;
			int numerator = 0;
			long attributed = FactRow.NONE;
			for (int k = 0; k < own.size(); k++) {
				long instant = row.instant(own.get(k));
				if (instant == FactRow.NONE || instant < from || instant >= to) {
					continue;
				}
				int inSample = test.sample(row, k);
				int inNumerator = test.numerator(row, k);
				if ((inSample > 0 || inNumerator > 0) && attributed == FactRow.NONE) {
					attributed = instant;
				}
				sample += inSample;
				numerator += inNumerator;
			}
			if (sample > 0 || numerator > 0) {
				members.add(new Member(row.position(), sample, numerator, attributed));
			}
		}
		return Optional.of(members);
	}

	private Aggregator[] newAggregators(long key) {
		MetricContext context = context(key);
		Aggregator[] aggregators = new Aggregator[metrics.size()];
		for (int m = 0; m < aggregators.length; m++) {
			aggregators[m] = metrics.get(m).newAggregator(context);
		}
		return aggregators;
	}

	private MetricContext context(long key) {
		Optional<Instant> start = query.from();
		Instant end = Instant.ofEpochSecond(to);
		if (boundaries.length > 0) {
			int bucket = (int) (key & ((1L << bucketBits) - 1));
			long bucketStart = boundaries[bucket];
			long bucketEnd = bucket + 1 < boundaries.length ? boundaries[bucket + 1]
					: query.bucket().next(Instant.ofEpochSecond(bucketStart).atZone(query.zone())).toEpochSecond();
			start = Optional.of(Instant.ofEpochSecond(Math.max(bucketStart, from)));
			end = Instant.ofEpochSecond(Math.min(bucketEnd, to));
		}
		return new MetricContext(query.at(), start, end, query.zone(), table, activity, query.parameters());
	}

	private int idOf(long key, int d) {
		int width = (d == 0 ? 63 : shifts[d - 1]) - shifts[d];
		return (int) ((key >>> shifts[d]) & ((1L << width) - 1));
	}

	private KpiResult result(Part all) {
		List<String> keys = new ArrayList<>();
		for (Dimension dimension : by) {
			keys.add(dimension.key());
		}
		if (query.bucket() != TimeBucket.NONE) {
			keys.add(query.bucket().key());
		}
		List<Integer> order = new ArrayList<>();
		for (int g = 0; g < all.keys.size(); g++) {
			order.add(g);
		}
		Comparator<Integer> byGroup = (x, y) -> {
			long a = all.keys.get(x);
			long b = all.keys.get(y);
			for (int d = 0; d < by.length; d++) {
				int c = compareValues(table.valueOf(by[d], idOf(a, d)), table.valueOf(by[d], idOf(b, d)));
				if (c != 0) {
					return c;
				}
			}
			return Long.compare(a & ((1L << bucketBits) - 1), b & ((1L << bucketBits) - 1));
		};
		order.sort(byGroup);
		Targets targets = new Targets(query.targets());
		// results are computed per group in parallel: exact quantiles and distinct customers cost as much as the scan
		List<KpiResult.Row> rows = order.parallelStream().map(g -> row(all, g, targets)).toList();
		return new KpiResult(query.at(), keys, metrics.stream().map(Metric::info).toList(), rows);
	}

	private KpiResult.Row row(Part all, int g, Targets targets) {
		long key = all.keys.get(g);
		Map<String, Optional<String>> group = new LinkedHashMap<>();
		Optional<ChannelKind> channel = Optional.empty();
		Optional<String> team = Optional.empty();
		Optional<String> instance = Optional.empty();
		for (int d = 0; d < by.length; d++) {
			Optional<String> value = table.valueOf(by[d], idOf(key, d));
			group.put(by[d].key(), value);
			switch (by[d]) {
			case CHANNEL -> channel = value.map(ChannelKind::valueOf);
			case TEAM -> team = value;
			case CHANNEL_INSTANCE -> instance = value;
			default -> {
			}
			}
		}
		if (query.bucket() != TimeBucket.NONE) {
			long start = boundaries[(int) (key & ((1L << bucketBits) - 1))];
			group.put(query.bucket().key(), Optional.of(query.bucket().label(Instant.ofEpochSecond(start).atZone(query.zone()))));
		}
		Map<String, KpiResult.Cell> cells = new LinkedHashMap<>();
		Aggregator[] aggregators = all.aggregators.get(g);
		for (int m = 0; m < metrics.size(); m++) {
			Metric metric = metrics.get(m);
			Optional<MetricValue> value = aggregators[m].result();
			Optional<Double> target = targets.targetOf(metric, channel, team, instance);
			Optional<Status> status = value.isPresent() && target.isPresent()
					? Optional.of(Status.of(value.get().value(), target.get(), metric.info().direction()))
					: Optional.empty();
			cells.put(metric.info().id(), new KpiResult.Cell(value, target, status));
		}
		return new KpiResult.Row(group, cells);
	}

	private static int compareValues(Optional<String> a, Optional<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return Boolean.compare(a.isEmpty(), b.isEmpty());
		}
		return a.get().compareTo(b.get());
	}
}
