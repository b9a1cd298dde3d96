package org.carelens.internal.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.UsageException;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.TimeBucket;
import org.junit.jupiter.api.Test;

class KpiArgumentsTest {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private static KpiArguments parse(String... arguments) throws UsageException {
		PrintStream sink = new PrintStream(new ByteArrayOutputStream());
		return KpiArguments.parse(List.of(arguments), new CommandContext(List.of(arguments), sink, sink,
				Path.of("").toAbsolutePath()));
	}

	private static String usageError(String... arguments) {
		return assertThrows(UsageException.class, () -> parse(arguments)).getMessage();
	}

	@Test
	void eventsTakeEveryFileUntilTheNextOption() throws UsageException {
		KpiArguments arguments = parse("--events", "a.jsonl", "b.jsonl.gz", "--by", "channel", "--bucket", "week");
		assertEquals(List.of(Path.of("a.jsonl"), Path.of("b.jsonl.gz")), arguments.events());
	}

	@Test
	void groupingBucketMetricsAndFormatAreRead() throws UsageException {
		KpiArguments arguments = parse("--workspace", "ws", "--metrics", "csat,nps", "--by", "channel,team",
				"--bucket", "week", "--format", "csv");
		assertEquals(Optional.of(Path.of("ws")), arguments.workspace());
		assertEquals(List.of("csat", "nps"), arguments.metrics());
		assertEquals(List.of(Dimension.CHANNEL, Dimension.TEAM), arguments.by());
		assertEquals(TimeBucket.WEEK, arguments.bucket());
		assertEquals("csv", arguments.format());
		assertEquals(List.of(), parse("--workspace", "ws", "--metrics", "all").metrics(), "all is every metric");
	}

	@Test
	void mistakesAreUsageErrorsThatNameTheOption() {
		assertTrue(usageError("--by", "channel").contains("missing --workspace DIR or --events"));
		assertTrue(usageError("--workspace", "ws", "--events", "a.jsonl").contains("not both"));
		assertTrue(usageError("--events").contains("at least one file"));
		assertTrue(usageError("--events", "a", "--by", "colour").contains("--by: unknown dimension \"colour\""));
		assertTrue(usageError("--events", "a", "--bucket", "year").contains("--bucket: unknown time bucket"));
		assertTrue(usageError("--events", "a", "--zone", "Mars/Olympus").contains("--zone: unknown time zone"));
		assertTrue(usageError("--events", "a", "--format", "xml").contains("--format"));
		assertTrue(usageError("--events", "a", "--holidays", "2026-02-16").contains("--holidays needs --business-hours"));
		assertTrue(usageError("--events", "a", "--business-hours", "Mon-Fri 8-17").contains("--business-hours"));
		assertTrue(usageError("--events", "a", "--business-hours", "Mon-Fri 08:00-17:00", "--holidays", "16/2")
				.contains("not a date"));
	}

	@Test
	void timesAreInstantsLocalTimesInTheZoneOrDates() throws UsageException {
		assertEquals(Instant.parse("2026-03-01T01:00:00Z"), org.carelens.cli.spi.Arguments.instant("--from", "2026-03-01T01:00:00Z", VN, false));
		assertEquals(Instant.parse("2026-03-01T01:00:00Z"), org.carelens.cli.spi.Arguments.instant("--from", "2026-03-01T08:00", VN, false));
		assertEquals(Instant.parse("2026-02-28T17:00:00Z"), org.carelens.cli.spi.Arguments.instant("--from", "2026-03-01", VN, false));
		// a date ending a range includes that day
		assertEquals(Instant.parse("2026-03-31T17:00:00Z"), org.carelens.cli.spi.Arguments.instant("--to", "2026-03-31", VN, true));
		assertTrue(assertThrows(UsageException.class, () -> org.carelens.cli.spi.Arguments.instant("--at", "yesterday", VN, false))
				.getMessage().startsWith("--at: \"yesterday\""));
	}
}
