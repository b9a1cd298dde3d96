package org.carelens.reports.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.core.api.org.Organization;
import org.carelens.core.api.targets.MetricTarget;
import org.carelens.core.api.workspace.InvalidWorkspaceException;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.facts.FactContext;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.FactRefresh;
import org.carelens.store.api.StoreLocation;

/**
 * An open workspace for reports: its configuration, and its conversation facts loaded once into a KPI fact table
 * that every report of the session computes over. The store is closed once the facts are loaded, so that the
 * command line can keep importing into the workspace. The table is kept in the workspace folder
 * ({@link FactTableCache}), so that opening the workspace again, while its facts have not changed, reads one file.
 */
public final class WorkspaceSession {

	/** The zone of a workspace without configuration (METRICS.md). */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/**
	 * The embedded store's file: a folder with neither it nor a configuration is refused rather than given a new,
	 * empty store.
	 */
	static final String EMBEDDED_STORE_FILE = "events.duckdb";

	private final Path directory;
	private final Optional<WorkspaceConfig> config;
	private final FactTable table;
	/** By row, the conversation's id: the engine keeps none, a drill-down needs them. */
	private final Optional<List<String>> ids;

	WorkspaceSession(Path directory, Optional<WorkspaceConfig> config, FactTable table) {
		this(directory, config, table, Optional.empty());
	}

	WorkspaceSession(Path directory, Optional<WorkspaceConfig> config, FactTable table, Optional<List<String>> ids) {
		this.directory = Objects.requireNonNull(directory, "directory");
		this.config = Objects.requireNonNull(config, "config");
		this.table = Objects.requireNonNull(table, "table");
		this.ids = ids.map(List::copyOf);
	}

	/**
	 * Opens the workspace in {@code directory}: reads its configuration, brings its facts up to date and loads them.
	 *
	 * @param configurations reads {@code workspace.carelens}; empty when that service is not installed
	 * @throws IOException naming the file and the reason when the directory is no workspace or its configuration
	 *                     cannot be read
	 * @throws org.carelens.store.api.StoreException when its event store cannot be opened or read
	 */
	public static WorkspaceSession open(Path directory, KpiEngine engine, EventStoreProvider stores,
			Optional<WorkspaceConfigurations> configurations, FactLoading.Listener listener) throws IOException {
		Optional<WorkspaceConfig> config = configuration(directory, configurations);
		FactTableCache.Loaded loaded;
		try (EventStore store = stores.open(new StoreLocation.Workspace(directory))) {
			new FactRefresh(store, config.map(FactContext::of).orElse(FactContext.EMPTY)).run(listener::refreshing);
			FactTableCache.Key key = FactTableCache.Key.of(directory, store.facts().factsThrough(),
					store.facts().factCount());
			Optional<FactTableCache.Loaded> cached = FactTableCache.read(directory, key, engine);
			if (cached.isPresent()) {
				loaded = cached.get();
				listener.loaded(loaded.table().size());
			} else {
				FactTable table = engine.newTable(Optional.empty());
				List<String> read = FactLoading.loadFacts(store, table, listener);
				loaded = new FactTableCache.Loaded(table, byRow(table, read));
				FactTableCache.write(directory, key, loaded);
			}
		}
		return new WorkspaceSession(directory, config, loaded.table(), Optional.of(loaded.ids()));
	}

	/** @return the ids in the order of the rows the table gave them */
	private static List<String> byRow(FactTable table, List<String> ids) {
		String[] rows = new String[table.size()];
		for (String id : ids) {
			table.rowOf(id).ifPresent(row -> rows[row] = id);
		}
		return java.util.Arrays.stream(rows).map(id -> id == null ? "" : id).toList();
	}

	/** @return the id of the conversation in {@code row}, when the session knows the ids */
	public Optional<String> conversationOf(int row) {
		return ids.filter(all -> row >= 0 && row < all.size()).map(all -> all.get(row)).filter(id -> !id.isEmpty());
	}

	/** @return whether the session knows the conversation id of every row (a session opened from a workspace) */
	public boolean knowsIds() {
		return ids.isPresent();
	}

	/**
	 * @return the workspace's configuration; empty when it has none (a folder of imported events only)
	 * @throws IOException naming the file and the reason when it cannot be used
	 */
	public static Optional<WorkspaceConfig> configuration(Path directory,
			Optional<WorkspaceConfigurations> configurations) throws IOException {
		if (!Files.isDirectory(directory)) {
			throw new IOException("no such workspace folder: " + directory);
		}
		Path file = directory.resolve(WorkspaceConfigurations.FILE_NAME);
		boolean hasStore = Files.exists(directory.resolve(EMBEDDED_STORE_FILE));
		if (!Files.exists(file)) {
			if (!hasStore) {
				throw new IOException(directory + " is not a CareLens workspace: it has neither "
						+ WorkspaceConfigurations.FILE_NAME + " nor " + EMBEDDED_STORE_FILE);
			}
			return Optional.empty();
		}
		if (configurations.isEmpty()) {
			throw new IOException("the workspace has a configuration (" + file
					+ ") but the service that reads it is not installed");
		}
		try {
			return Optional.of(configurations.get().open(directory));
		} catch (InvalidWorkspaceException e) {
			throw new IOException(file + " breaks rules of the workspace model: " + e.getMessage(), e);
		}
	}

	public Path directory() {
		return directory;
	}

	/** @return the workspace's name, else its folder's */
	public String name() {
		return config.map(WorkspaceConfig::name).orElse(String.valueOf(directory.getFileName()));
	}

	public Optional<WorkspaceConfig> config() {
		return config;
	}

	public FactTable table() {
		return table;
	}

	/** @return the zone that periods start in and instants are shown in */
	public ZoneId zone() {
		return config.map(WorkspaceConfig::zone).orElse(DEFAULT_ZONE);
	}

	public List<MetricTarget> targets() {
		return config.map(WorkspaceConfig::targets).orElse(List.of());
	}

	/**
	 * @return per filterable dimension, the values a filter can keep: the channel kinds the workspace has instances
	 *         of (every kind without configuration), and its sites, managers, teams and agents by name
	 */
	public Map<Dimension, List<Choice>> choices() {
		Map<Dimension, List<Choice>> choices = new EnumMap<>(Dimension.class);
		Set<ChannelKind> kinds = EnumSet.noneOf(ChannelKind.class);
		config.ifPresent(c -> c.channels().values().stream().map(ChannelInstance::kind).forEach(kinds::add));
		if (kinds.isEmpty()) {
			kinds.addAll(EnumSet.allOf(ChannelKind.class));
		}
		choices.put(Dimension.CHANNEL, kinds.stream().map(k -> new Choice(k.wire(), k.wire())).toList());
		Organization organization = config.map(WorkspaceConfig::organization).orElse(Organization.EMPTY);
		choices.put(Dimension.SITE, sorted(organization.sites().stream().map(s -> new Choice(s.id(), s.name()))
				.toList()));
		choices.put(Dimension.MANAGER, sorted(organization.managers().stream()
				.map(m -> new Choice(m.id(), m.name())).toList()));
		choices.put(Dimension.TEAM, sorted(organization.teams().stream().map(t -> new Choice(t.id(), t.name()))
				.toList()));
		choices.put(Dimension.AGENT, sorted(organization.agents().stream().map(a -> new Choice(a.id(), a.name()))
				.toList()));
		return choices;
	}

	private static List<Choice> sorted(List<Choice> choices) {
		List<Choice> copy = new ArrayList<>(choices);
		copy.sort(Comparator.comparing(Choice::label).thenComparing(Choice::value));
		return List.copyOf(copy);
	}
}
