package org.carelens.internal.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;

import org.carelens.channels.api.ConnectorStatus;
import org.carelens.cli.spi.Arguments;
import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.CommandProperties;
import org.carelens.cli.spi.UsageException;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.internal.channels.http.EndpointRegistry;
import org.carelens.internal.channels.runtime.ChannelException;
import org.carelens.internal.channels.runtime.ChannelRuntime;
import org.carelens.internal.channels.runtime.ChannelRuntimes;
import org.carelens.internal.channels.runtime.StatusListener;
import org.carelens.model.convert.WorkspaceConverter;
import org.carelens.model.store.WorkspaceModelStore;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreException;
import org.carelens.store.api.StoreLocation;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code carelens serve --workspace DIR}: runs the workspace's channels (pull connectors on a schedule, webhook
 * endpoints) against its event store until SIGTERM or Ctrl+C, then stops accepting, lets the deliveries in flight
 * commit, stops the channels and closes the store, so that no acknowledged event is lost.
 */
@Component(service = Command.class)
@CommandProperties(name = "serve", summary = "Run a workspace's channels and webhook endpoints as a server")
public final class ServeCommand implements Command {

	private static final System.Logger LOG = System.getLogger(ServeCommand.class.getName());
	private static final String WORKSPACE = "--workspace";
	private static final String LISTEN = "--listen";
	private static final String LOGS = "--logs";
	private static final String INTERVAL = "--interval";
	private static final String STORE_URL = "--store-url";
	private static final String STORE_USER = "--store-user";
	private static final String SURVEY_URL = "--survey-url";
	static final String STORE_PASSWORD_VARIABLE = "CARELENS_STORE_PASSWORD";
	private static final Duration DRAIN = Duration.ofSeconds(30);

	private final EventStoreProvider embedded;
	private final EventStoreProvider server;
	private final ChannelRuntimes runtimes;
	private final EndpointRegistry endpoints;
	private final ServerHealth health;
	private final BundleContext bundleContext;

	@Activate
	public ServeCommand(@Reference(target = "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED
			+ ")") EventStoreProvider embedded,
			@Reference(target = "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.SERVER
					+ ")", cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
			EventStoreProvider server,
			@Reference ChannelRuntimes runtimes, @Reference EndpointRegistry endpoints, @Reference ServerHealth health,
			BundleContext bundleContext) {
		this.embedded = embedded;
		this.server = server;
		this.runtimes = runtimes;
		this.endpoints = endpoints;
		this.health = health;
		this.bundleContext = bundleContext;
	}

	@Override
	public String usage() {
		return """
				Usage: carelens serve --workspace DIR [--listen HOST:PORT] [--logs DIR] [--interval DURATION]
				                      [--store-url JDBC_URL --store-user USER] [--survey-url URL]

				Runs every channel of the workspace until stopped with SIGTERM or Ctrl+C: pull connectors every
				--interval, webhook connectors at http://HOST:PORT/hooks/<channel id>. GET /health answers 200 with
				the store's reachability and each channel's status as JSON (503 when the store does not answer or a
				channel is failing). On SIGTERM it stops accepting deliveries (503), lets those in flight commit,
				stops the channels and closes the store: every acknowledged delivery is stored.

				  --workspace DIR       the workspace: its channels, checkpoints and (by default) its event store
				  --listen HOST:PORT    the address to serve on (default 127.0.0.1:8080: this machine only; put a
				                        TLS reverse proxy in front to take webhooks from the Internet). Port 0: any
				  --logs DIR            where carelens-server.N.log rolls over at 10 MB, 5 kept (default DIR/logs)
				  --interval DURATION   how often pull connectors look for new data (default PT10S)
				  --store-url JDBC_URL  store events in a PostgreSQL team store instead of the workspace's, e.g.
				                        jdbc:postgresql://db:5432/carelens; the password is read from the
				                        environment variable CARELENS_STORE_PASSWORD
				  --store-user USER     the PostgreSQL user
				  --survey-url URL      where customers open the survey form, as the Internet sees this server
				                        through its reverse proxy, e.g. https://khaosat.shop.vn/survey/ (default:
				                        http://HOST:PORT/survey/). When the workspace defines surveys, their
				                        dispatch policies run every --interval, invitations go out through the
				                        channels that can send, and answers are taken at /survey/<token>.

				Exit codes: 143 stopped by SIGTERM (as any process it ends; the log's last line says whether the stop
				was clean), 130 by Ctrl+C, 1 could not start, 2 wrong usage.""";
	}

	@Override
	public int run(CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(context.arguments(), Set.of(),
				Set.of(WORKSPACE, LISTEN, LOGS, INTERVAL, STORE_URL, STORE_USER, SURVEY_URL));
		if (!arguments.operands().isEmpty()) {
			throw new UsageException("serve takes no operand: " + arguments.operands());
		}
		Path workspace = context.resolve(arguments.value(WORKSPACE)
				.orElseThrow(() -> new UsageException("missing " + WORKSPACE + " DIR: the workspace to serve")))
				.toAbsolutePath().normalize();
		WorkspaceModelStore model = new WorkspaceModelStore(workspace);
		if (!Files.isDirectory(workspace) || !model.exists()) {
			throw new UsageException(workspace + " is not a workspace (no workspace.carelens in it); add channels "
					+ "with 'carelens channels add'");
		}
		Listen listen = arguments.value(LISTEN).isPresent() ? Listen.parse(arguments.value(LISTEN).get())
				: Listen.DEFAULT;
		Duration interval = interval(arguments);
		StoreLocation location = location(arguments, workspace);
		Path logs = arguments.value(LOGS).map(context::resolve).orElse(workspace.resolve("logs")).toAbsolutePath();
		WorkspaceConfig config = WorkspaceConverter.config(model.load());
		Map<String, ChannelInstance> instances = config.channels();

		try (ServerLog log = ServerLog.open(logs)) {
			log.note(Level.INFO, "starting on " + workspace + " with " + location);
			EventStore store;
			try {
				store = (location instanceof StoreLocation.Server ? server : embedded).open(location);
			} catch (StoreException e) {
				return cannotStart(log, "cannot open the event store: " + e.getMessage());
			}
			HttpServer http;
			try {
				http = HttpServer.start(bundleContext, listen.host(), listen.port(), 15_000);
			} catch (ServerException e) {
				store.close();
				return cannotStart(log, e.getMessage());
			}
			String url = http.endpoint(bundleContext).orElseThrow();
			Server running = new Server(store, location, runtimes.open(workspace, store, new StateLog()), http, log);
			List<String> started = new ArrayList<>();
			for (ChannelInstance instance : instances.values()) {
				try {
					running.runtime.start(instance, interval);
					started.add(instance.id());
				} catch (ChannelException e) {
					log.note(Level.SEVERE, "carelens serve: " + e.getMessage());
				}
			}
			if (!config.surveys().isEmpty()) {
				String formUrl = arguments.value(SURVEY_URL).map(u -> u.endsWith("/") ? u : u + "/")
						.orElse(url + "survey/");
				try {
					running.surveys = Optional.of(SurveyRounds.start(workspace, config, store, running.runtime, formUrl,
							interval, bundleContext, log));
					log.note(Level.INFO, config.surveys().size() + " surveys: form at " + formUrl + "<token>");
				} catch (IOException e) {
					log.note(Level.SEVERE, "carelens serve: surveys not run: " + e.getMessage());
				}
			}
			health.publish(running::health);
			CountDownLatch stopped = new CountDownLatch(1);
			boolean[] clean = { false };
			Thread hook = new Thread(() -> {
				clean[0] = running.stop();
				stopped.countDown();
			}, "carelens-serve-stop");
			Runtime.getRuntime().addShutdownHook(hook);
			String line = "serving " + workspace + " at " + url + " (health: " + url + "health), channels " + started
					+ (instances.size() > started.size() ? " (" + (instances.size() - started.size())
							+ " could not start)" : "")
					+ "; log in " + logs + "; stop with SIGTERM or Ctrl+C";
			log.note(Level.INFO, line);
			stopped.await();
			return clean[0] ? OK : FAILED;
		}
	}

	private static int cannotStart(ServerLog log, String reason) {
		log.note(Level.SEVERE, "carelens serve: cannot start: " + reason);
		return FAILED;
	}

	private static Duration interval(Arguments arguments) throws UsageException {
		Optional<String> text = arguments.value(INTERVAL);
		if (text.isEmpty()) {
			return Duration.ofSeconds(10);
		}
		try {
			return Duration.parse(text.get());
		} catch (DateTimeParseException e) {
			throw new UsageException(INTERVAL + " " + text.get() + " is not a duration (e.g. PT10S)");
		}
	}

	private StoreLocation location(Arguments arguments, Path workspace) throws UsageException {
		Optional<String> url = arguments.value(STORE_URL);
		if (url.isEmpty()) {
			if (arguments.value(STORE_USER).isPresent()) {
				throw new UsageException(STORE_USER + " goes with " + STORE_URL);
			}
			return new StoreLocation.Workspace(workspace);
		}
		if (server == null) {
			throw new UsageException("no team store is installed in this product (org.carelens.store.postgres)");
		}
		String user = arguments.value(STORE_USER).orElseThrow(() -> new UsageException(STORE_URL + " needs "
				+ STORE_USER + " USER"));
		String password = Optional.ofNullable(System.getenv(STORE_PASSWORD_VARIABLE)).orElse("");
		return new StoreLocation.Server(url.get(), user, password);
	}

	/** A running server and its orderly stop. */
	private final class Server {
		private final EventStore store;
		private final StoreLocation location;
		private final ChannelRuntime runtime;
		private final HttpServer http;
		private final ServerLog log;
		private volatile String state = "running";
		/** The surveys, when the workspace defines some. */
		private Optional<SurveyRounds> surveys = Optional.empty();

		Server(EventStore store, StoreLocation location, ChannelRuntime runtime, HttpServer http, ServerLog log) {
			this.store = store;
			this.location = location;
			this.runtime = runtime;
			this.http = http;
			this.log = log;
		}

		Health health() {
			Map<String, ConnectorStatus> channels = new LinkedHashMap<>(runtime.statuses());
			String where = location instanceof StoreLocation.Server s ? s.toString() : location.toString();
			try {
				long events;
				synchronized (store) {
					events = store.eventCount();
				}
				return new Health(state, where, Optional.empty(), events, channels);
			} catch (RuntimeException e) {
				return new Health(state, where, Optional.of(String.valueOf(e.getMessage())), 0, channels);
			}
		}

		/** @return whether every delivery in flight finished and the store closed */
		synchronized boolean stop() {
			state = "stopping";
			log.note(Level.INFO, "stopping: no new deliveries, waiting for those in flight");
			boolean drained;
			try {
				drained = endpoints.drain(DRAIN);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				drained = false;
			}
			if (!drained) {
				log.note(Level.WARNING, "deliveries still in flight after " + DRAIN.toSeconds()
						+ " s: they are not acknowledged and their senders will retry");
			}
			surveys.ifPresent(SurveyRounds::close);
			runtime.close();
			Optional<Long> events = Optional.empty();
			boolean closed = true;
			synchronized (store) {
				try {
					events = Optional.of(store.eventCount());
				} catch (RuntimeException e) {
					log.note(Level.WARNING, "the event store does not answer: " + e.getMessage());
				}
				try {
					store.close();
				} catch (RuntimeException e) {
					closed = false;
					log.note(Level.SEVERE, "the event store did not close cleanly: " + e.getMessage());
				}
			}
			health.withdraw();
			http.stop();
			boolean clean = drained && closed && events.isPresent();
			log.note(clean ? Level.INFO : Level.WARNING, (clean ? "stopped cleanly" : "stopped")
					+ events.map(n -> ", " + n + " events in the store").orElse(", the store unreachable"));
			return clean;
		}
	}

	/** Logs every change of a channel's state (not every count), so that the log says when and why it failed. */
	private static final class StateLog implements StatusListener {
		private final Map<String, String> last = new java.util.concurrent.ConcurrentHashMap<>();

		@Override
		public void statusChanged(String instanceId, String connectorId, ConnectorStatus status) {
			String now = status.state() + status.reason().map(r -> ": " + r).orElse("");
			if (!now.equals(last.put(instanceId, now))) {
				LOG.log(status.state() == ConnectorStatus.State.FAILING ? System.Logger.Level.WARNING
						: System.Logger.Level.INFO, "channel " + instanceId + " (" + connectorId + ") "
								+ now.toLowerCase(java.util.Locale.ROOT));
			}
		}
	}

}
