package org.carelens.reports.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmarks of a workspace, looked up by metric and segment: the segment's own first, else the one for every
 * segment.
 */
public final class Benchmarks {

	public static final Benchmarks NONE = new Benchmarks(List.of(), List.of());

	private final List<Benchmark> entries;
	private final List<Benchmark> unknownMetric;
	private final Map<String, Map<String, Benchmark>> byMetric = new HashMap<>();

	/**
	 * @param entries       the benchmarks of installed metrics, in file order; at most one per metric and segment
	 * @param unknownMetric the rows that name a metric that is not installed, kept for when it is
	 */
	public Benchmarks(List<Benchmark> entries, List<Benchmark> unknownMetric) {
		this.entries = List.copyOf(entries);
		this.unknownMetric = List.copyOf(unknownMetric);
		for (Benchmark b : this.entries) {
			byMetric.computeIfAbsent(b.metric(), m -> new HashMap<>()).put(b.segment(), b);
		}
	}

	public List<Benchmark> entries() {
		return entries;
	}

	public List<Benchmark> unknownMetric() {
		return unknownMetric;
	}

	/**
	 * @param segment the segment id; empty for the total row and for conversations without a segment, which get
	 *                only the benchmark for every segment
	 * @return the benchmark of {@code metric} for {@code segment}, else the one for every segment
	 */
	public Optional<Benchmark> find(String metric, Optional<String> segment) {
		Map<String, Benchmark> bySegment = byMetric.getOrDefault(metric, Map.of());
		return segment.map(bySegment::get).or(() -> Optional.ofNullable(bySegment.get(Benchmark.EVERY_SEGMENT)));
	}
}
