package org.carelens.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carelens kpi} and {@code carelens metrics} through the real launcher: event files folded on the fly, a demo
 * workspace's stored facts, and the usage errors.
 */
class KpiEndToEndTest {

	@TempDir
	Path dir;

	/** An e-mail answered after an hour and resolved; a chat answered after 90 s, unresolved, rated 5. */
	private static final List<String> EVENTS = List.of(
			"{\"id\":\"e1\",\"type\":\"conversation.opened\",\"at\":\"2026-03-02T08:00:00+07:00\",\"conversation\":\"m1\",\"customer\":\"cus-1\",\"channel\":\"EMAIL\"}",
			"{\"id\":\"e2\",\"type\":\"message\",\"at\":\"2026-03-02T09:00:00+07:00\",\"conversation\":\"m1\",\"author\":\"agent\",\"agent\":\"ag-1\"}",
			"{\"id\":\"e3\",\"type\":\"resolved\",\"at\":\"2026-03-02T10:00:00+07:00\",\"conversation\":\"m1\"}",
			"{\"id\":\"e4\",\"type\":\"conversation.opened\",\"at\":\"2026-03-03T08:00:00+07:00\",\"conversation\":\"c1\",\"customer\":\"cus-2\",\"channel\":\"CHAT\"}",
			"{\"id\":\"e5\",\"type\":\"message\",\"at\":\"2026-03-03T08:00:30+07:00\",\"conversation\":\"c1\",\"author\":\"customer\"}",
			"{\"id\":\"e6\",\"type\":\"message\",\"at\":\"2026-03-03T08:01:30+07:00\",\"conversation\":\"c1\",\"author\":\"agent\",\"agent\":\"ag-2\"}",
			"{\"id\":\"e7\",\"type\":\"survey.response\",\"at\":\"2026-03-03T09:00:00+07:00\",\"conversation\":\"c1\",\"survey\":\"s1\",\"kind\":\"csat\",\"score\":5}");

	private Path events(List<String> lines) throws Exception {
		Path file = dir.resolve("events.jsonl");
		Files.write(file, lines, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void kpiOverEventFilesWritesTheJsonOfEventsMd() throws Exception {
		events(EVENTS);
		Launcher.Run run = Launcher.run(dir, "kpi", "--events", "events.jsonl", "--metrics",
				"first_response_time,resolution_rate,csat", "--by", "channel", "--at", "2026-03-31T00:00");
		assertEquals(0, run.exit(), run.err());
		assertEquals("""
				{
				  "at": "2026-03-30T17:00:00Z",
				  "by": ["channel"],
				  "rows": [
				    {
				      "group": {"channel": "CHAT"},
				      "metrics": {
				        "first_response_time": {"n": 1, "mean": 90.0, "median": 90.0, "p90": 90.0, "unanswered": 0, "target": 120.0, "status": "met"},
				        "resolution_rate": {"num": 0, "den": 1, "value": 0.0, "target": 0.9, "status": "missed"},
				        "csat": {"n": 1, "value": 1.0, "mean": 5.0, "ci_low": 0.2065, "ci_high": 1.0, "low_sample": true}
				      }
				    },
				    {
				      "group": {"channel": "EMAIL"},
				      "metrics": {
				        "first_response_time": {"n": 1, "mean": 3600.0, "median": 3600.0, "p90": 3600.0, "unanswered": 0, "target": 86400.0, "status": "met"},
				        "resolution_rate": {"num": 1, "den": 1, "value": 1.0, "target": 0.9, "status": "met"},
				        "csat": null
				      }
				    }
				  ]
				}
				""", run.out());
	}

	@Test
	void csvHasOneRowPerGroupWithMetricFieldColumns() throws Exception {
		events(EVENTS);
		Launcher.Run run = Launcher.run(dir, "kpi", "--events", "events.jsonl", "--metrics", "resolution_rate",
				"--by", "channel", "--bucket", "week", "--at", "2026-03-31T00:00", "--format", "csv");
		assertEquals(0, run.exit(), run.err());
		assertEquals("""
				channel,week,resolution_rate.num,resolution_rate.den,resolution_rate.value,resolution_rate.target,resolution_rate.status
				CHAT,2026-W10,0,1,0.0,0.9,missed
				EMAIL,2026-W10,1,1,1.0,0.9,met
				""", run.out());
	}

	@Test
	void eventsAfterTheReportInstantAreLeftOut() throws Exception {
		events(EVENTS);
		// at 09:30 on 2 March the e-mail is answered but not resolved, and the chat does not exist yet
		Launcher.Run run = Launcher.run(dir, "kpi", "--events", "events.jsonl", "--metrics", "resolution_rate",
				"--at", "2026-03-02T09:30", "--format", "csv");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().endsWith("\n0,1,0.0,0.9,missed\n"), run.out());
	}

	@Test
	void rejectedLinesAreReportedWithTheirPlaceAndTheExitCodeIsOne() throws Exception {
		events(List.of(EVENTS.get(0), "{\"id\":\"x\",\"type\":\"message\"}", EVENTS.get(1)));
		Launcher.Run run = Launcher.run(dir, "kpi", "--events", "events.jsonl", "--metrics", "first_response_time",
				"--at", "2026-03-31T00:00");
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.err().contains("events.jsonl:2: "), run.err());
		assertTrue(run.out().contains("\"first_response_time\": {\"n\": 1, \"mean\": 3600.0"), run.out());
	}

	@Test
	void usageErrorsExitWithTwoAndSayWhatIsWrong() throws Exception {
		events(EVENTS);
		Launcher.Run noSource = Launcher.run(dir, "kpi", "--by", "channel");
		assertEquals(2, noSource.exit());
		assertTrue(noSource.err().startsWith("carelens kpi: missing --workspace DIR or --events FILE..."), noSource.err());
		Launcher.Run badMetric = Launcher.run(dir, "kpi", "--events", "events.jsonl", "--metrics", "happiness");
		assertEquals(2, badMetric.exit());
		assertTrue(badMetric.err().startsWith("carelens kpi: unknown metric 'happiness'"), badMetric.err());
	}

	@Test
	void kpiOverADemoWorkspaceGroupsByChannelAndWeekAndMetricsListsThePack() throws Exception {
		Launcher.Run demo = Launcher.run(dir, "demo", "--workspace", "ws", "--conversations", "2000", "--seed", "3",
				"--from", "2025-11-01");
		assertEquals(0, demo.exit(), demo.err());
		Launcher.Run kpi = Launcher.run(dir, "kpi", "--workspace", "ws", "--by", "channel", "--bucket", "month",
				"--from", "2026-01-01", "--to", "2026-03-31", "--format", "csv");
		assertEquals(0, kpi.exit(), kpi.err());
		List<String> lines = kpi.out().lines().toList();
		assertTrue(lines.get(0).startsWith("channel,month,abandon_rate.num,"), lines.get(0));
		// six channels, three months
		assertEquals(1 + 6 * 3, lines.size(), kpi.out());
		assertTrue(lines.get(1).startsWith("APP,2026-01,"), lines.get(1));

		Launcher.Run metrics = Launcher.run(dir, "metrics");
		assertEquals(0, metrics.exit(), metrics.err());
		assertTrue(metrics.out().startsWith("30 metrics\n"), metrics.out());
		assertTrue(metrics.out().contains("\nfirst_response_time  [speed, seconds, lower is better]\n"
				+ "  default target: VOICE 120.0, CHAT 120.0, EMAIL 86400.0, SOCIAL 3600.0\n"), metrics.out());
	}
}
