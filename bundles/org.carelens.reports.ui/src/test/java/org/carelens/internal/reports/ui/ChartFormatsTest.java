package org.carelens.internal.reports.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.carelens.reports.core.ChartsProvider;
import org.junit.jupiter.api.Test;

class ChartFormatsTest {

	private static final List<Long> EDGES = ChartsProvider.RESPONSE_EDGES;

	@Test
	void aTargetIsMarkedAtItsPlaceWithinItsBin() {
		// bin 1 is 1-5 min, drawn from 0.5 to 1.5: 2 min is a quarter of the way
		assertEquals(0.75, ChartFormats.position(EDGES, 120), 1e-9);
		// 60 min is where the 1-4 h bin (index 5) starts
		assertEquals(4.5, ChartFormats.position(EDGES, 3600), 1e-9);
		// 24 h and more: the start of the last, open-ended bin
		assertEquals(6.5, ChartFormats.position(EDGES, 86_400), 1e-9);
		assertEquals(6.5, ChartFormats.position(EDGES, 200_000), 1e-9);
	}

	@Test
	void binsAreNamedInMinutesUpToAnHourThenInHours() {
		assertEquals("0\u20131 min", ChartFormats.bin(0, Optional.of(60L)));
		assertEquals("30\u201360 min", ChartFormats.bin(1800, Optional.of(3600L)));
		assertEquals("1\u20134 h", ChartFormats.bin(3600, Optional.of(14_400L)));
		assertEquals("\u2265 24 h", ChartFormats.bin(86_400, Optional.empty()));
	}

	@Test
	void indexTicksShowTheirBucketAndNothingBetween() {
		java.text.Format labels = ChartFormats.labels(List.of("2026-03-09", "2026-03-10"));
		assertEquals("2026-03-10", labels.format(1.0));
		assertEquals("", labels.format(0.5));
		assertEquals("", labels.format(2.0));
	}

	@Test
	void aMonthOfDaysShowsEveryFifthDayWithoutItsYear() {
		List<String> days = java.util.stream.IntStream.rangeClosed(1, 30)
				.mapToObj(d -> String.format("2026-11-%02d", d)).toList();
		String[] shown = ChartFormats.axisLabels(days);
		assertEquals(30, shown.length);
		assertEquals("11-01", shown[0]);
		assertEquals("", shown[1]);
		assertEquals("", shown[4]);
		assertEquals("11-06", shown[5]);
		assertEquals("W47", ChartFormats.shortLabel("2026-W47"));
		assertEquals("2026-03", ChartFormats.shortLabel("2026-03"), "a month keeps its year");
	}
}
