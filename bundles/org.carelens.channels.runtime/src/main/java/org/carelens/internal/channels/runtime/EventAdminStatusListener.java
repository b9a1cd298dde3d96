package org.carelens.internal.channels.runtime;

import java.util.HashMap;
import java.util.Map;

import org.carelens.channels.api.ConnectorStatus;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Posts every status change of a channel instance on EventAdmin, topic {@value #TOPIC}, for views and monitors.
 */
public final class EventAdminStatusListener implements StatusListener {

	/** The topic of channel status events. */
	public static final String TOPIC = "org/carelens/channels/STATUS";

	private final EventAdmin eventAdmin;

	public EventAdminStatusListener(EventAdmin eventAdmin) {
		this.eventAdmin = eventAdmin;
	}

	@Override
	public void statusChanged(String instanceId, String connectorId, ConnectorStatus status) {
		eventAdmin.postEvent(new Event(TOPIC, properties(instanceId, connectorId, status)));
	}

	/** @return the properties of a status event: instance, connector, state, reason, last event time, counters */
	static Map<String, Object> properties(String instanceId, String connectorId, ConnectorStatus status) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("instance", instanceId);
		properties.put("connector", connectorId);
		properties.put("state", status.state().name());
		status.reason().ifPresent(reason -> properties.put("reason", reason));
		status.lastEventAt().ifPresent(at -> properties.put("lastEventAt", at.toString()));
		ConnectorStatus.Counters c = status.counters();
		properties.put("events", c.events());
		properties.put("stored", c.stored());
		properties.put("duplicates", c.duplicates());
		properties.put("conflicts", c.conflicts());
		properties.put("rejected", c.rejected());
		properties.put("failures", c.failures());
		return properties;
	}
}
