package org.carelens.reports.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkFileTest {

	private static final Map<String, MetricInfo> KNOWN = Map.of("nps",
			new MetricInfo("nps", "metric.nps", MetricUnit.NPS_POINTS, TargetDirection.HIGHER_IS_BETTER,
					MetricKind.values()[0]));

	@TempDir
	Path dir;

	@Test
	void aWorkspaceWithoutTheFileHasNoBenchmarks() throws Exception {
		assertEquals(Benchmarks.NONE, BenchmarkFile.load(dir, KNOWN));
	}

	@Test
	void aGoodFileIsStoredInTheWorkspaceAsItWasAndReadBack() throws Exception {
		Path source = Files.writeString(dir.resolve("mine.csv"), "metric_id,segment,value,source\nnps,*,30,\"Đà Nẵng\"\n");
		Path workspace = Files.createDirectory(dir.resolve("ws"));
		BenchmarkFile.replace(workspace, source, KNOWN);
		assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(workspace.resolve("benchmarks.csv")));
		Benchmarks loaded = BenchmarkFile.load(workspace, KNOWN);
		assertEquals(30.0, loaded.find("nps", Optional.of("a1")).orElseThrow().value());
		assertEquals("Đà Nẵng", loaded.find("nps", Optional.empty()).orElseThrow().source());
		try (var files = Files.list(workspace)) {
			assertEquals(1, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void aBadFileLeavesTheWorkspacesBenchmarksAsTheyWere() throws Exception {
		Path workspace = Files.createDirectory(dir.resolve("ws"));
		Path good = Files.writeString(dir.resolve("good.csv"), "metric_id,segment,value,source\nnps,*,30,x\n");
		BenchmarkFile.replace(workspace, good, KNOWN);
		Path bad = Files.writeString(dir.resolve("bad.csv"), "metric_id,segment,value,source\nnps,*,300,x\n");
		BenchmarkCsvException e = assertThrows(BenchmarkCsvException.class,
				() -> BenchmarkFile.replace(workspace, bad, KNOWN));
		assertEquals(2, e.problems().get(0).line());
		assertEquals(Files.readString(good), Files.readString(workspace.resolve("benchmarks.csv")));
		try (var files = Files.list(workspace)) {
			assertEquals(1, files.count());
		}
	}

	@Test
	void aFileThatIsNotUtf8NamesTheLineOfTheFirstBadByte() throws Exception {
		Path workspace = Files.createDirectory(dir.resolve("ws"));
		byte[] latin1 = "metric_id,segment,value,source\nnps,*,30,Hu\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		Path source = Files.write(dir.resolve("latin1.csv"), latin1);
		BenchmarkCsvException e = assertThrows(BenchmarkCsvException.class,
				() -> BenchmarkFile.replace(workspace, source, KNOWN));
		assertEquals(2, e.problems().get(0).line());
		assertTrue(e.problems().get(0).text().contains("not UTF-8"), e.problems().get(0).text());
		assertTrue(Files.notExists(workspace.resolve("benchmarks.csv")));
	}
}
