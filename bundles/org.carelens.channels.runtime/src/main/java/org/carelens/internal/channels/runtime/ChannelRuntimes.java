package org.carelens.internal.channels.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.facts.FactContext;
import org.carelens.store.api.EventStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

/**
 * Makes {@link ChannelRuntime}s with the installed connectors, the secret store, and EventAdmin for status events
 * when it is there.
 */
@Component(service = ChannelRuntimes.class)
public final class ChannelRuntimes {

	private static final System.Logger LOG = System.getLogger(ChannelRuntimes.class.getName());

	private final ConnectorRegistry registry;
	private final SecretStore secrets;
	private final EventAdmin eventAdmin;
	private final WorkspaceConfigurations configurations;

	@Activate
	public ChannelRuntimes(@Reference ConnectorRegistry registry, @Reference SecretStore secrets,
			@Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
			EventAdmin eventAdmin,
			@Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
			WorkspaceConfigurations configurations) {
		this.registry = registry;
		this.secrets = secrets;
		this.eventAdmin = eventAdmin;
		this.configurations = configurations;
	}

	public ConnectorRegistry registry() {
		return registry;
	}

	public SecretStore secrets() {
		return secrets;
	}

	/** @param listener told of status changes too, besides EventAdmin */
	public ChannelRuntime open(Path workspace, EventStore store, StatusListener listener) {
		StatusListener events = eventAdmin == null ? StatusListener.NONE : new EventAdminStatusListener(eventAdmin);
		return new ChannelRuntime(workspace, store, registry, secrets, (instance, connector, status) -> {
			events.statusChanged(instance, connector, status);
			listener.statusChanged(instance, connector, status);
		}, Backoff.DEFAULT, Clock.systemUTC(), factContext(workspace));
	}

	/**
	 * @return what the workspace's facts are folded with; empty, with a warning, when its configuration cannot be
	 *         read (the events are stored all the same)
	 */
	private Optional<FactContext> factContext(Path workspace) {
		try {
			return Optional.of(FactContext.ofWorkspace(workspace, Optional.ofNullable(configurations)));
		} catch (IOException e) {
			LOG.log(System.Logger.Level.WARNING, "conversation facts of " + workspace + " are not updated: "
					+ e.getMessage());
			return Optional.empty();
		}
	}
}
