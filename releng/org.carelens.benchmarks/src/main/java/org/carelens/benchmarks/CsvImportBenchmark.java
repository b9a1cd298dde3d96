package org.carelens.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.ConnectorStatus;
import org.carelens.channels.api.EventSink;
import org.carelens.channels.api.Rejected;
import org.carelens.channels.api.Settings;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.facts.FactContext;
import org.carelens.internal.channels.file.CsvConnector;
import org.carelens.internal.channels.runtime.Backoff;
import org.carelens.internal.channels.runtime.ChannelRuntime;
import org.carelens.internal.channels.runtime.ConnectorRegistry;
import org.carelens.internal.channels.runtime.SecretStore;
import org.carelens.internal.channels.runtime.StatusListener;
import org.carelens.internal.store.duckdb.DuckDbEventStoreProvider;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.StoreLocation;

/**
 * Throughput of the CSV file connector on a Freshdesk ticket export of N rows (5 events per row): first reading and
 * converting alone (the connector into a sink that counts), then the whole channel run into a DuckDB workspace (the
 * runtime, the store's transactions, the checkpoints). Prints both figures.
 * <p>
 * {@code java CsvImportBenchmark ROWS DIR}
 */
public final class CsvImportBenchmark {

	private static final String HEADER = "Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,"
			+ "Due by Time,Resolved time,Closed time,Last update time,Initial response time,Time tracked,"
			+ "First response time (in hrs),Resolution time (in hrs),Agent interactions,Customer interactions,"
			+ "Resolution status,First response status,Tags,Survey results,Product,Full name,Contact ID,Email\n";

	private CsvImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = Integer.parseInt(args[0]);
		Path dir = Files.createDirectories(Path.of(args[1]));
		Path file = dir.resolve("freshdesk-" + rows + ".csv");
		write(file, rows);
		System.out.printf("CSV export: %,d rows, %,d bytes%n", rows, Files.size(file));
		Map<String, String> settings = Map.of("file", file.toString(), "preset", "freshdesk", "zone",
				"Asia/Ho_Chi_Minh");

		CsvConnector connector = new CsvConnector();
		for (int round = 1; round <= 3; round++) {
			AtomicLong events = new AtomicLong();
			long started = System.nanoTime();
			ConnectorInstance instance = connector.start(context(connector, settings, events));
			instance.pull();
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("read and convert, round %d: %,d rows -> %,d events in %.2f s: %,.0f rows/s "
					+ "(%,.0f events/s)%n", round, rows, events.get(), seconds, rows / seconds, events.get() / seconds);
		}

		ConnectorRegistry registry = new ConnectorRegistry();
		registry.addConnector(connector, Map.of(ChannelConnector.ID, CsvConnector.ID, ChannelConnector.LABEL, "CSV",
				ChannelConnector.CHANNEL, "EMAIL", ChannelConnector.CAPABILITIES, "pull"));
		run(dir, registry, settings, rows, Optional.empty(), "events only");
		run(dir, registry, settings, rows, Optional.of(FactContext.EMPTY), "events and their conversation facts");
	}

	/** One channel run into a new DuckDB workspace, as {@code carelens channels run} does it. */
	private static void run(Path dir, ConnectorRegistry registry, Map<String, String> settings, long rows,
			Optional<FactContext> facts, String what) throws Exception {
		Path workspace = dir.resolve("workspace-" + System.nanoTime());
		try (EventStore store = new DuckDbEventStoreProvider().open(new StoreLocation.Workspace(workspace));
				ChannelRuntime runtime = new ChannelRuntime(workspace, store, registry, new NoSecrets(),
						StatusListener.NONE, Backoff.DEFAULT, Clock.systemUTC(), facts)) {
			long started = System.nanoTime();
			ConnectorStatus status = runtime.runOnce(new ChannelInstance("bench", "Bench", ChannelKind.EMAIL,
					CsvConnector.ID, settings), 1);
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("channel run into DuckDB (%s): %,d rows -> %,d events stored in %.2f s: %,.0f rows/s"
					+ " (%,.0f events/s); %s%n", what, rows, status.counters().stored(), seconds, rows / seconds,
					status.counters().stored() / seconds, status.state());
		}
	}

	private static ConnectorContext context(ChannelConnector connector, Map<String, String> values, AtomicLong events)
			throws Exception {
		Settings settings = connector.settingsSchema().validate(values);
		EventSink sink = new EventSink() {
			@Override
			public void accept(Event event) {
				events.incrementAndGet();
			}

			@Override
			public void reject(Rejected rejected) {
				throw new IllegalStateException("the benchmark's export is valid: " + rejected);
			}

			@Override
			public void commit(Checkpoint checkpoint) {
				// counting only
			}
		};
		return new ConnectorContext() {
			@Override
			public String instanceId() {
				return "bench";
			}

			@Override
			public Settings settings() {
				return settings;
			}

			@Override
			public Optional<Checkpoint> checkpoint() {
				return Optional.empty();
			}

			@Override
			public EventSink sink() {
				return sink;
			}

			@Override
			public boolean stopRequested() {
				return false;
			}
		};
	}

	/** Tickets over a year, resolved, each with an agent, a first response and a survey: 5 events a row. */
	private static void write(Path file, int rows) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			StringBuilder line = new StringBuilder(400);
			for (int id = 1; id <= rows; id++) {
				int day = 1 + id % 28;
				int month = 1 + id % 12;
				String date = "2026-" + two(month) + "-" + two(day) + " ";
				line.setLength(0);
				line.append(id).append(",Đơn hàng số ").append(id).append(" chưa giao,Closed,")
						.append(id % 4 == 0 ? "High" : "Medium").append(',').append(id % 3 == 0 ? "Phone" : "Email")
						.append(",Question,Nhân viên ").append(id % 40).append(",Tier ").append(1 + id % 2).append(',')
						.append(date).append(two(8 + id % 8)).append(":15:00,,").append(date).append("17:30:00,")
						.append(date).append("18:00:00,").append(date).append("18:00:00,").append(date)
						.append(two(8 + id % 8)).append(":45:00,00:20:00,0.5,6.5,2,3,Within SLA,Within SLA,giao_hang,")
						.append(id % 5 == 0 ? "Not Good" : "Awesome").append(",CareApp,Khách hàng ").append(id)
						.append(",c-").append(id).append(",khach").append(id).append("@example.vn\n");
				out.write(line.toString());
			}
		}
	}

	private static String two(int value) {
		return value < 10 ? "0" + value : Integer.toString(value);
	}

	private static final class NoSecrets implements SecretStore {
		@Override
		public Optional<String> get(Path workspace, String instanceId, String key) {
			return Optional.empty();
		}

		@Override
		public void put(Path workspace, String instanceId, String key, String value) {
			throw new UnsupportedOperationException("the CSV connector has no secret");
		}

		@Override
		public void remove(Path workspace, String instanceId) {
		}
	}
}
