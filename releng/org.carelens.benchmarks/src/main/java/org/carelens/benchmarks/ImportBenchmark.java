package org.carelens.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.io.JsonLinesWriter;
import org.carelens.core.api.io.ReadProgress;
import org.carelens.core.api.org.Agent;
import org.carelens.core.api.org.Manager;
import org.carelens.core.api.org.Organization;
import org.carelens.core.api.org.Site;
import org.carelens.core.api.org.Team;
import org.carelens.demo.DemoEventGenerator;
import org.carelens.demo.DemoPlan;
import org.carelens.facts.FactContext;
import org.carelens.internal.store.duckdb.DuckDbEventStoreProvider;
import org.carelens.internal.workspace.EventImporter;
import org.carelens.internal.workspace.ImportSummary;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.FactRefresh;
import org.carelens.store.api.StoreLocation;

/**
 * Issue 3's import benchmark: the same JSON Lines file loaded by DuckDB's own {@code read_json} into a table, and
 * imported by CareLens (validated, deduplicated, stored in the embedded DuckDB store) with the conversation facts
 * folded from the store and stored, as {@code carelens import} does; both in this process, one after the other, with both times and their ratio printed.
 * <p>
 * Arguments: the number of events (about; the demo generator makes whole conversations) and a work directory.
 */
public final class ImportBenchmark {

	/** The demo generator writes about this many events per conversation. */
	private static final double EVENTS_PER_CONVERSATION = 8.25;

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long events = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000;
		Path work = Path.of(args.length > 1 ? args[1] : "target/benchmark");
		clean(work);
		Files.createDirectories(work);
		Path file = work.resolve("events.jsonl");

		long started = System.nanoTime();
		long written = generate(file, (int) Math.round(events / EVENTS_PER_CONVERSATION));
		double generation = seconds(started);
		System.out.printf("Import benchmark: %,d events, %,d bytes of JSON Lines (generated in %.1f s), Java %s, %d cores%n",
				written, Files.size(file), generation, System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());

		started = System.nanoTime();
		long cpu = cpuNanos();
		long rows = duckDbReadJson(file, work.resolve("raw.duckdb"));
		double duckDb = seconds(started);
		double duckDbCpu = cpuSeconds(cpu);
		System.out.printf("  DuckDB read_json into a table          %7.1f s  %,9.0f events/s  (%,d rows; %.1f s of CPU)%n",
				duckDb, rows / duckDb, rows, duckDbCpu);

		started = System.nanoTime();
		cpu = cpuNanos();
		ImportSummary summary;
		double importCpu;
		double factsCpu;
		double carelens;
		double facts;
		long conversations;
		try (EventStore store = new DuckDbEventStoreProvider().open(new StoreLocation.Workspace(work.resolve("ws")))) {
			EventImporter importer = new EventImporter(store);
			summary = importer.importFiles(List.of(file), ReadProgress.NONE);
			carelens = seconds(started);
			importCpu = cpuSeconds(cpu);
			started = System.nanoTime();
			cpu = cpuNanos();
			// what 'carelens import' does next: fold every conversation with new events from the store, store the facts
			conversations = new FactRefresh(store, FactContext.EMPTY).run((folded, total) -> {
			}, importer.recent()).conversations();
			facts = seconds(started);
			factsCpu = cpuSeconds(cpu);
		}
		System.out.printf("  CareLens import (validate, dedupe, store) %5.1f s  %,9.0f events/s  (%,d ingested, %,d rejected; %.1f s of CPU)%n",
				carelens, summary.appended().ingested() / carelens, summary.appended().ingested(), summary.rejected(),
				importCpu);
		System.out.printf("  CareLens facts (fold from the store, store them) %5.1f s  %,9.0f conversations/s  (%,d conversations; %.1f s of CPU)%n",
				facts, conversations / facts, conversations, factsCpu);

		System.out.printf("Ratio CareLens import / DuckDB read_json:           %.2fx%n", carelens / duckDb);
		System.out.printf("Ratio CareLens import + facts / DuckDB read_json:   %.2fx   (issue 3 target: at most 2x)%n",
				(carelens + facts) / duckDb);
		System.out.printf("Ratio of CPU time, import + facts / read_json:     %.2fx   (the machine's load moves it less)%n",
				(importCpu + factsCpu) / duckDbCpu);
	}

	private static long generate(Path file, int conversations) throws IOException {
		long[] count = new long[1];
		try (OutputStream out = Files.newOutputStream(file); JsonLinesWriter writer = new JsonLinesWriter(out)) {
			DemoEventGenerator.generate(plan(conversations), event -> {
				try {
					writer.write(event);
					count[0]++;
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		return count[0];
	}

	private static long duckDbReadJson(Path file, Path database) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
				Statement statement = connection.createStatement()) {
			// sample_size = -1: infer the schema from every line, as rarely used fields appear late in the file
			statement.execute("CREATE TABLE raw AS SELECT * FROM read_json('" + file
					+ "', format = 'newline_delimited', sample_size = -1)");
			try (ResultSet result = statement.executeQuery("SELECT count(*) FROM raw")) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	/** Three sites' worth of teams serving every channel, as the demo workspace has. */
	static DemoPlan plan(int conversations) {
		List<Agent> agents = new ArrayList<>();
		List<Team> teams = new ArrayList<>();
		String[] roles = { "voice", "digital", "email", "counter" };
		for (String role : roles) {
			teams.add(new Team("team-" + role, role, Optional.of("hn"), Optional.of("m1")));
			for (int i = 0; i < 30; i++) {
				agents.add(new Agent(role + "-" + i, role + " " + i, Optional.of("team-" + role), Optional.empty()));
			}
		}
		Organization organization = new Organization(
				List.of(new Site("hn", "Hà Nội", Optional.of("Việt Nam"), Optional.of("Bắc"))),
				List.of(new Manager("m1", "Nguyễn Thị Lan", Optional.of("hn"))), teams, agents);
		return new DemoPlan(conversations, 2026, LocalDate.of(2025, 11, 1), 365, ZoneId.of("Asia/Ho_Chi_Minh"),
				organization,
				Map.of(ChannelKind.VOICE, List.of("team-voice"), ChannelKind.CHAT, List.of("team-digital"),
						ChannelKind.SOCIAL, List.of("team-digital"), ChannelKind.APP, List.of("team-digital"),
						ChannelKind.EMAIL, List.of("team-email"), ChannelKind.IN_PERSON, List.of("team-counter")),
				Map.of(ChannelKind.VOICE, List.of("hotline-1900"), ChannelKind.CHAT, List.of("webchat"),
						ChannelKind.EMAIL, List.of("cskh-email"), ChannelKind.SOCIAL, List.of("zalo-oa-shop", "fb-messenger"),
						ChannelKind.APP, List.of("app-chat"), ChannelKind.IN_PERSON, List.of("store-hn")),
				Map.of(ChannelKind.CHAT, "sla-chat", ChannelKind.EMAIL, "sla-email"),
				Map.of("csat", "csat-2026", "nps", "nps-2026", "ces", "ces-2026", "csi", "csi-2026"), "qa-standard",
				Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
						LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)));
	}

	/** @return the CPU time of this process so far, every thread (DuckDB's native ones too) */
	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static double cpuSeconds(long started) {
		return (cpuNanos() - started) / 1e9;
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	private static void clean(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
