package org.carelens.internal.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.Status;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

	private static KpiResult result() {
		MetricInfo rate = new MetricInfo("resolution_rate", "metric.resolution_rate", MetricUnit.RATIO,
				TargetDirection.HIGHER_IS_BETTER, MetricKind.EFFECTIVENESS);
		MetricInfo csat = new MetricInfo("csat", "metric.csat", MetricUnit.RATIO, TargetDirection.HIGHER_IS_BETTER,
				MetricKind.SATISFACTION);
		Map<String, Optional<String>> email = new LinkedHashMap<>();
		email.put("channel", Optional.of("EMAIL"));
		email.put("week", Optional.of("2026-W10"));
		Map<String, KpiResult.Cell> cells = new LinkedHashMap<>();
		cells.put("resolution_rate", new KpiResult.Cell(MetricValue.rate(380, 415), Optional.of(0.9),
				Optional.of(Status.MET)));
		cells.put("csat", new KpiResult.Cell(Optional.empty(), Optional.empty(), Optional.empty()));
		Map<String, Optional<String>> none = new LinkedHashMap<>();
		none.put("channel", Optional.empty());
		none.put("week", Optional.of("2026-W11"));
		Map<String, KpiResult.Cell> more = new LinkedHashMap<>();
		more.put("resolution_rate", new KpiResult.Cell(MetricValue.rate(1, 2), Optional.empty(), Optional.empty()));
		more.put("csat", new KpiResult.Cell(Optional.empty(), Optional.empty(), Optional.empty()));
		return new KpiResult(Instant.parse("2026-03-31T23:59:59Z"), List.of("channel", "week"), List.of(rate, csat),
				List.of(new KpiResult.Row(email, cells), new KpiResult.Row(none, more)));
	}

	private static String write(String format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ReportWriter.write(result(), format, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void jsonIsTheFormatOfEventsMdWithNullForNoValue() {
		assertEquals("""
				{
				  "at": "2026-03-31T23:59:59Z",
				  "by": ["channel", "week"],
				  "rows": [
				    {
				      "group": {"channel": "EMAIL", "week": "2026-W10"},
				      "metrics": {
				        "resolution_rate": {"num": 380, "den": 415, "value": 0.9157, "target": 0.9, "status": "met"},
				        "csat": null
				      }
				    },
				    {
				      "group": {"channel": null, "week": "2026-W11"},
				      "metrics": {
				        "resolution_rate": {"num": 1, "den": 2, "value": 0.5},
				        "csat": null
				      }
				    }
				  ]
				}
				""", write("json"));
	}

	@Test
	void csvHasOneRowPerGroupAndAColumnPerMetricField() {
		assertEquals("""
				channel,week,resolution_rate.num,resolution_rate.den,resolution_rate.value,resolution_rate.target,resolution_rate.status
				EMAIL,2026-W10,380,415,0.9157,0.9,met
				,2026-W11,1,2,0.5,,
				""", write("csv"));
	}

	@Test
	void durationsReadForPeople() {
		assertEquals("45 s", ReportWriter.duration(45));
		assertEquals("2 min 05 s", ReportWriter.duration(125));
		assertEquals("1 h 25 min", ReportWriter.duration(5123));
		assertEquals("2 d 03 h", ReportWriter.duration(2 * 86_400 + 3 * 3600 + 59));
	}
}
