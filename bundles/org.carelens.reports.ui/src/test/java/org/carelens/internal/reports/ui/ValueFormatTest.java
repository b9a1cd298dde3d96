package org.carelens.internal.reports.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.carelens.kpi.api.MetricUnit;
import org.carelens.reports.core.Tile;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

	private final ValueFormat english = new ValueFormat(Locale.ENGLISH);

	@Test
	void durationsShowTheirTwoLargestUnits() {
		assertEquals("45 s", english.value(MetricUnit.SECONDS, 45.4));
		assertEquals("2 min 05 s", english.value(MetricUnit.SECONDS, 125));
		assertEquals("3 h 10 min", english.value(MetricUnit.SECONDS, 3 * 3600 + 10 * 60 + 20));
		assertEquals("1 d 2 h", english.value(MetricUnit.SECONDS, 26 * 3600));
	}

	@Test
	void scorecardPointsShowHalvesButNoZeroDecimals() {
		assertEquals("25", english.points(25));
		assertEquals("12.5", english.points(12.5));
		assertEquals("12,5", new ValueFormat(Locale.forLanguageTag("vi")).points(12.5));
	}

	@Test
	void ratesArePercentagesAndNpsIsSigned() {
		assertEquals("82.4%", english.value(MetricUnit.RATIO, 0.8243));
		assertEquals("+20", english.value(MetricUnit.NPS_POINTS, 19.6));
		assertEquals("\u22125", english.value(MetricUnit.NPS_POINTS, -5));
		assertEquals("1,234", english.value(MetricUnit.COUNT, 1234));
	}

	@Test
	void vietnameseUsesItsDecimalComma() {
		String rate = new ValueFormat(Locale.forLanguageTag("vi")).value(MetricUnit.RATIO, 0.8243);
		assertTrue(rate.startsWith("82,4"), rate);
	}

	@Test
	void changesCarryTheirSignAndRatesChangeInPercentagePoints() {
		assertEquals("\u22121 min 20 s", english.change(MetricUnit.SECONDS, -80));
		assertEquals("+2.1 pp", english.change(MetricUnit.RATIO, 0.021));
		assertEquals("\u00b10.0 pp", english.change(MetricUnit.RATIO, -0.0004), "too small to show is no change");
		assertTrue(english.negligible(MetricUnit.RATIO, -0.0004));
	}

	@Test
	void intervalsOfRatesAndNps() {
		assertEquals("78.0% \u2013 86.2%", english.interval(MetricUnit.RATIO, new Tile.Interval(0.78, 0.862)));
		assertEquals("+12 to +29", english.interval(MetricUnit.NPS_POINTS, new Tile.Interval(11.6, 29.2)));
	}
}
