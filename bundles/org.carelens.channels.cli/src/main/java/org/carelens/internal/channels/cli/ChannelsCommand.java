package org.carelens.internal.channels.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.carelens.channels.api.Capability;
import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.ConnectorDescriptor;
import org.carelens.channels.api.ConnectorStatus;
import org.carelens.channels.api.FieldType;
import org.carelens.channels.api.InvalidSettingsException;
import org.carelens.channels.api.SettingField;
import org.carelens.cli.spi.Arguments;
import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.CommandProperties;
import org.carelens.cli.spi.UsageException;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.internal.channels.runtime.ChannelException;
import org.carelens.internal.channels.runtime.ChannelRuntime;
import org.carelens.internal.channels.runtime.ChannelRuntimes;
import org.carelens.internal.channels.runtime.CheckpointFile;
import org.carelens.internal.channels.runtime.ConnectorRegistry;
import org.carelens.model.CareLensFactory;
import org.carelens.model.ChannelKind;
import org.carelens.model.Setting;
import org.carelens.model.Workspace;
import org.carelens.model.convert.WorkspaceConverter;
import org.carelens.model.store.WorkspaceModelStore;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.QuarantineEntry;
import org.carelens.store.api.StoreException;
import org.carelens.store.api.StoreLocation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code carelens channels list|add|remove|run --workspace DIR ...}: the channel instances of a workspace, run
 * headless.
 */
@Component(service = Command.class)
@CommandProperties(name = "channels", summary = "List, add, remove and run the channel connectors of a workspace")
public final class ChannelsCommand implements Command {

	private static final String WORKSPACE = "--workspace";
	private static final String CONNECTOR = "--connector";
	private static final String NAME = "--name";
	private static final String KIND = "--kind";
	private static final String FOLLOW = "--follow";
	private static final String INTERVAL = "--interval";
	private static final int SHOWN_PROBLEMS = 20;
	private static final int ATTEMPTS = 3;

	private final EventStoreProvider stores;
	private final ChannelRuntimes runtimes;

	@Activate
	public ChannelsCommand(@Reference(target = "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED
			+ ")") EventStoreProvider stores, @Reference ChannelRuntimes runtimes) {
		this.stores = stores;
		this.runtimes = runtimes;
	}

	@Override
	public String usage() {
		return """
				Usage: carelens channels list --workspace DIR
				       carelens channels add ID --connector CONNECTOR --workspace DIR [--name NAME] [--kind KIND] KEY=VALUE...
				       carelens channels remove ID --workspace DIR
				       carelens channels run [ID...] --workspace DIR [--follow [--interval DURATION]]

				list     the installed connectors with their settings, and the workspace's channel instances
				add      configures a channel instance: its settings are checked against the connector's; secret
				         settings go to the secure storage (~/.carelens/secure_storage), never into the workspace
				remove   removes an instance, its secrets and its checkpoint (its stored events stay)
				run      runs the instances (all when no ID is given) until each has caught up, storing their events
				         in the workspace's event store; each resumes where its last run committed. With --follow
				         they keep running, pulled every --interval (default PT10S), until the process is stopped.

				  --workspace DIR       the workspace
				  --connector ID        the connector of a new instance (see 'channels list')
				  --name NAME           a name for people (default: the ID)
				  --kind KIND           VOICE, CHAT, EMAIL, SOCIAL, APP or IN_PERSON (default: the connector's)

				Exit codes: 0 done, 1 something was quarantined or an instance failed, 2 wrong usage.""";
	}

	@Override
	public int run(CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(context.arguments(), Set.of(FOLLOW),
				Set.of(WORKSPACE, CONNECTOR, NAME, KIND, INTERVAL));
		List<String> operands = arguments.operands();
		if (operands.isEmpty()) {
			throw new UsageException("say what to do: list, add, remove or run");
		}
		Path workspace = context.resolve(arguments.value(WORKSPACE)
				.orElseThrow(() -> new UsageException("missing " + WORKSPACE + " DIR: the workspace to use")))
				.toAbsolutePath();
		if (Files.exists(workspace) && !Files.isDirectory(workspace)) {
			throw new UsageException(workspace + " is a file, not a workspace directory");
		}
		List<String> rest = operands.subList(1, operands.size());
		return switch (operands.get(0)) {
		case "list" -> list(context, workspace, rest);
		case "add" -> add(context, arguments, workspace, rest);
		case "remove" -> remove(context, workspace, rest);
		case "run" -> run(context, arguments, workspace, rest);
		default -> throw new UsageException("unknown action '" + operands.get(0) + "': list, add, remove or run");
		};
	}

	private int list(CommandContext context, Path workspace, List<String> rest) throws Exception {
		if (!rest.isEmpty()) {
			throw new UsageException("list takes no operand");
		}
		PrintStream out = context.out();
		ConnectorRegistry registry = runtimes.registry();
		out.println("Connectors:");
		for (ConnectorRegistry.Registered connector : registry.all()) {
			ConnectorDescriptor d = connector.descriptor();
			out.println("  " + d.id() + "  " + d.label() + " (" + d.channel() + ", "
					+ String.join(", ", d.capabilities().stream().map(c -> c.wire()).sorted().toList()) + ")");
			for (SettingField field : connector.connector().settingsSchema().fields()) {
				out.println("      " + field.key() + (field.required() ? " (required" : " (optional")
						+ (field.secret() ? ", secret" : "")
						+ (field.type() == FieldType.CHOICE ? ": " + String.join("|", field.choices())
								: ", " + field.type().name().toLowerCase(Locale.ROOT))
						+ field.defaultValue().map(v -> ", default " + v).orElse("") + ")  " + field.help());
			}
		}
		registry.problems().forEach(problem -> out.println("  rejected: " + problem));
		Map<String, ChannelInstance> instances = instances(workspace);
		out.println("Channels of " + workspace + ":" + (instances.isEmpty() ? " none" : ""));
		for (ChannelInstance instance : instances.values()) {
			boolean committed = Files.exists(new CheckpointFile(workspace, instance.id()).file());
			out.println("  " + instance.id() + "  " + instance.name() + " (" + instance.kind() + ") connector "
					+ instance.connectorId() + (registry.find(instance.connectorId()).isEmpty() ? " NOT INSTALLED" : "")
					+ (committed ? ", has run" : ", never run"));
			instance.settings().forEach((key, value) -> out.println("      " + key + " = " + value));
		}
		return OK;
	}

	private static Map<String, ChannelInstance> instances(Path workspace) throws IOException {
		WorkspaceModelStore store = new WorkspaceModelStore(workspace);
		return store.exists() ? WorkspaceConverter.channels(store.load()) : Map.of();
	}

	private int add(CommandContext context, Arguments arguments, Path workspace, List<String> rest) throws Exception {
		if (rest.isEmpty()) {
			throw new UsageException("add needs the ID of the new channel instance");
		}
		String id = rest.get(0);
		if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			throw new UsageException("channel id '" + id + "': letters, digits, '.', '_' and '-' only");
		}
		String connectorId = arguments.value(CONNECTOR)
				.orElseThrow(() -> new UsageException("missing " + CONNECTOR + " ID (see 'carelens channels list')"));
		ConnectorRegistry.Registered connector = runtimes.registry().find(connectorId)
				.orElseThrow(() -> new UsageException("no connector '" + connectorId + "' is installed (installed: "
						+ runtimes.registry().all().stream().map(r -> r.descriptor().id()).toList() + ")"));
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : rest.subList(1, rest.size())) {
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				throw new UsageException("'" + pair + "' is not KEY=VALUE");
			}
			String key = pair.substring(0, equals);
			String value = pair.substring(equals + 1);
			Optional<SettingField> field = connector.connector().settingsSchema().field(key);
			if (field.isPresent() && field.get().type() == FieldType.PATH && !value.isBlank()) {
				// stored absolute: the workspace is run from anywhere
				value = context.resolve(value).toAbsolutePath().normalize().toString();
			}
			if (values.put(key, value) != null) {
				throw new UsageException("setting '" + key + "' is given twice");
			}
		}
		try {
			connector.connector().settingsSchema().validate(values);
		} catch (InvalidSettingsException e) {
			throw new UsageException("channel " + id + ": " + String.join("; ", e.problems()));
		}
		ChannelKind kind = arguments.value(KIND).map(k -> ChannelKind.get(k.toUpperCase(Locale.ROOT)))
				.orElse(ChannelKind.get(connector.descriptor().channel().name()));
		if (kind == null) {
			throw new UsageException("--kind " + arguments.value(KIND).orElseThrow()
					+ " is not one of VOICE, CHAT, EMAIL, SOCIAL, APP, IN_PERSON");
		}
		WorkspaceModelStore modelStore = new WorkspaceModelStore(workspace);
		Workspace model;
		if (modelStore.exists()) {
			model = modelStore.load();
		} else {
			model = CareLensFactory.eINSTANCE.createWorkspace();
			model.setName(workspace.getFileName().toString());
		}
		if (model.getChannels().stream().anyMatch(c -> id.equals(c.getId()))) {
			throw new UsageException("the workspace has a channel '" + id + "' already (remove it first)");
		}
		org.carelens.model.ChannelInstance channel = CareLensFactory.eINSTANCE.createChannelInstance();
		channel.setId(id);
		channel.setName(arguments.value(NAME).orElse(id));
		channel.setKind(kind);
		channel.setConnectorId(connectorId);
		Set<String> secrets = connector.connector().settingsSchema().secretKeys();
		List<String> keptSecret = new ArrayList<>();
		for (Map.Entry<String, String> entry : values.entrySet()) {
			if (secrets.contains(entry.getKey())) {
				runtimes.secrets().put(workspace, id, entry.getKey(), entry.getValue());
				keptSecret.add(entry.getKey());
			} else {
				Setting setting = CareLensFactory.eINSTANCE.createSetting();
				setting.setKey(entry.getKey());
				setting.setValue(entry.getValue());
				channel.getSettings().add(setting);
			}
		}
		model.getChannels().add(channel);
		modelStore.save(model);
		context.out().println("Added channel " + id + " (" + connector.descriptor().label() + ") to " + workspace
				+ (keptSecret.isEmpty() ? "" : "; secrets " + keptSecret + " kept in the secure storage"));
		return OK;
	}

	private int remove(CommandContext context, Path workspace, List<String> rest) throws Exception {
		if (rest.size() != 1) {
			throw new UsageException("remove needs the ID of one channel instance");
		}
		String id = rest.get(0);
		WorkspaceModelStore modelStore = new WorkspaceModelStore(workspace);
		Workspace model = modelStore.exists() ? modelStore.load() : null;
		if (model == null || !model.getChannels().removeIf(c -> id.equals(c.getId()))) {
			throw new UsageException("the workspace has no channel '" + id + "'");
		}
		modelStore.save(model);
		runtimes.secrets().remove(workspace, id);
		new CheckpointFile(workspace, id).delete();
		context.out().println("Removed channel " + id + " from " + workspace + "; its stored events stay");
		return OK;
	}

	private int run(CommandContext context, Arguments arguments, Path workspace, List<String> ids) throws Exception {
		Map<String, ChannelInstance> all = instances(workspace);
		List<ChannelInstance> chosen = new ArrayList<>();
		for (String id : ids) {
			ChannelInstance instance = all.get(id);
			if (instance == null) {
				throw new UsageException("the workspace has no channel '" + id + "' (it has " + all.keySet() + ")");
			}
			chosen.add(instance);
		}
		if (ids.isEmpty()) {
			chosen.addAll(all.values());
		}
		if (chosen.isEmpty()) {
			throw new UsageException("the workspace has no channel: add one with 'carelens channels add'");
		}
		// webhook channels receive over HTTP, which only the server listens on
		List<ChannelInstance> receiving = chosen.stream().filter(instance -> runtimes.registry()
				.find(instance.connectorId()).map(c -> c.descriptor().can(Capability.PUSH)
						&& !c.descriptor().can(Capability.PULL)).orElse(false)).toList();
		for (ChannelInstance instance : receiving) {
			context.err().println(instance.id() + " (" + instance.connectorId() + ") receives deliveries over HTTP: "
					+ "run it with 'carelens serve --workspace " + workspace + "'");
		}
		chosen.removeAll(receiving);
		if (chosen.isEmpty()) {
			return FAILED;
		}
		Duration interval = arguments.value(INTERVAL).map(ChannelsCommand::duration).orElse(Duration.ofSeconds(10));
		if (interval == null) {
			throw new UsageException("--interval " + arguments.value(INTERVAL).orElseThrow()
					+ " is not a duration (e.g. PT10S)");
		}
		Progress progress = new Progress(context.err());
		try (EventStore store = stores.open(new StoreLocation.Workspace(workspace));
				ChannelRuntime runtime = runtimes.open(workspace, store, progress)) {
			if (arguments.flag(FOLLOW)) {
				return follow(context, runtime, chosen, interval);
			}
			boolean clean = true;
			for (ChannelInstance instance : chosen) {
				long quarantinedBefore = store.quarantineCount();
				ConnectorStatus status;
				try {
					status = runtime.runOnce(instance, ATTEMPTS);
				} catch (ChannelException e) {
					context.out().println(e.getMessage());
					clean = false;
					continue;
				}
				clean &= report(context.out(), instance, status, store, quarantinedBefore, workspace);
			}
			return clean ? OK : FAILED;
		} catch (StoreException e) {
			context.err().println("carelens channels: " + e.getMessage());
			return FAILED;
		}
	}

	private static boolean report(PrintStream out, ChannelInstance instance, ConnectorStatus status, EventStore store,
			long quarantinedBefore, Path workspace) {
		ConnectorStatus.Counters c = status.counters();
		out.println(instance.id() + " (" + instance.connectorId() + "): " + c.events() + " events, " + c.stored()
				+ " stored, " + c.duplicates() + " duplicates, " + c.conflicts() + " conflicts, " + c.rejected()
				+ " rejected" + (status.state() == ConnectorStatus.State.FAILING
						? "; FAILED after " + c.failures() + " attempts: " + status.reason().orElseThrow() : ""));
		long quarantined = store.quarantineCount() - quarantinedBefore;
		if (quarantined > 0) {
			out.println("  Quarantined (see 'carelens workspace info --workspace " + workspace + " --quarantine'):");
			for (QuarantineEntry entry : store.quarantined(quarantinedBefore, SHOWN_PROBLEMS)) {
				out.println("    " + entry.source() + (entry.line().isPresent() ? ":" + entry.line().getAsLong() : "")
						+ entry.eventId().map(e -> " event " + e).orElse("") + ": " + entry.reason());
			}
			if (quarantined > SHOWN_PROBLEMS) {
				out.println("    ... and " + (quarantined - SHOWN_PROBLEMS) + " more");
			}
		}
		return status.state() != ConnectorStatus.State.FAILING && c.rejected() == 0 && c.conflicts() == 0;
	}

	private static int follow(CommandContext context, ChannelRuntime runtime, List<ChannelInstance> chosen,
			Duration interval) throws ChannelException, InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			runtime.close();
			stopped.countDown();
		}, "carelens-channels-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		for (ChannelInstance instance : chosen) {
			runtime.start(instance, interval);
		}
		context.err().println("following " + chosen.stream().map(ChannelInstance::id).toList() + " every " + interval
				+ "; stop with Ctrl+C");
		stopped.await();
		return OK;
	}

	private static Duration duration(String text) {
		try {
			return Duration.parse(text);
		} catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	/** Reports on stderr what each instance stored, at most once a second, and every change of state. */
	private static final class Progress implements org.carelens.internal.channels.runtime.StatusListener {
		private final PrintStream err;
		private final Map<String, String> lastShown = new java.util.HashMap<>();
		private long lastReport;

		Progress(PrintStream err) {
			this.err = err;
		}

		@Override
		public synchronized void statusChanged(String instanceId, String connectorId, ConnectorStatus status) {
			if (status.state() == ConnectorStatus.State.STOPPED) {
				return; // the summary on stdout says how it ended
			}
			String line = instanceId + ": " + status.state().name().toLowerCase(Locale.ROOT)
					+ status.reason().map(r -> " (" + r + ")").orElse("") + ", " + status.counters().stored()
					+ " events stored, " + status.counters().rejected() + " rejected";
			long now = System.nanoTime();
			boolean failing = status.state() == ConnectorStatus.State.FAILING;
			// a followed instance reports after every pull: show only what changed, at most once a second
			if (!line.equals(lastShown.get(instanceId)) && (failing || now - lastReport > 1_000_000_000L)) {
				lastReport = now;
				lastShown.put(instanceId, line);
				err.println(line);
			}
		}
	}

}
