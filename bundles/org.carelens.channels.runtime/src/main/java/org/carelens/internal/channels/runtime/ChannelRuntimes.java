package org.carelens.internal.channels.runtime;

import java.nio.file.Path;
import java.time.Clock;

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

	private final ConnectorRegistry registry;
	private final SecretStore secrets;
	private final EventAdmin eventAdmin;

	@Activate
	public ChannelRuntimes(@Reference ConnectorRegistry registry, @Reference SecretStore secrets,
			@Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
			EventAdmin eventAdmin) {
		this.registry = registry;
		this.secrets = secrets;
		this.eventAdmin = eventAdmin;
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
		}, Backoff.DEFAULT, Clock.systemUTC());
	}
}
