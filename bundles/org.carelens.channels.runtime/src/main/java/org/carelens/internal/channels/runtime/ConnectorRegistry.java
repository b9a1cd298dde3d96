package org.carelens.internal.channels.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.ConnectorDescriptor;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Binds every {@link ChannelConnector} service as it comes and goes. A connector whose properties are incomplete is
 * ignored and reported; under an id taken by an earlier registration a later one is rejected loudly and kept aside,
 * and takes over if the earlier one goes away.
 */
@Component(service = ConnectorRegistry.class)
public final class ConnectorRegistry {

	private static final System.Logger LOG = System.getLogger(ConnectorRegistry.class.getName());

	/** A connector in use or kept aside, with what its properties say. */
	public record Registered(long serviceId, ConnectorDescriptor descriptor, ChannelConnector connector,
			String origin) {
	}

	private final Map<String, List<Registered>> byId = new TreeMap<>();
	private final List<String> problems = new ArrayList<>();

	@Reference(service = ChannelConnector.class, cardinality = ReferenceCardinality.MULTIPLE,
			policy = ReferencePolicy.DYNAMIC)
	public synchronized void addConnector(ChannelConnector connector, Map<String, Object> properties) {
		long serviceId = properties.get(Constants.SERVICE_ID) instanceof Long id ? id : 0L;
		String origin = String.valueOf(properties.getOrDefault("component.name", connector.getClass().getName()));
		ConnectorDescriptor descriptor;
		try {
			descriptor = ConnectorDescriptor.from(properties);
		} catch (IllegalArgumentException e) {
			report(origin + " registers a ChannelConnector that is ignored: " + e.getMessage());
			return;
		}
		List<Registered> same = byId.computeIfAbsent(descriptor.id(), n -> new ArrayList<>());
		same.add(new Registered(serviceId, descriptor, connector, origin));
		same.sort(Comparator.comparingLong(Registered::serviceId));
		if (same.size() > 1) {
			report("duplicate connector id '" + descriptor.id() + "': " + same.get(0).origin() + " is used, "
					+ same.subList(1, same.size()).stream().map(Registered::origin).toList() + " rejected");
		}
	}

	public synchronized void removeConnector(ChannelConnector connector, Map<String, Object> properties) {
		byId.values().forEach(list -> list.removeIf(r -> r.connector() == connector));
		byId.values().removeIf(List::isEmpty);
	}

	private void report(String problem) {
		problems.add(problem);
		LOG.log(System.Logger.Level.ERROR, problem);
	}

	/** @return the connectors in use, one per id, by id */
	public synchronized List<Registered> all() {
		return byId.values().stream().map(list -> list.get(0)).toList();
	}

	public synchronized Optional<Registered> find(String id) {
		List<Registered> list = byId.get(id);
		return list == null ? Optional.empty() : Optional.of(list.get(0));
	}

	/** @return every registration that was ignored or rejected, and why */
	public synchronized List<String> problems() {
		return List.copyOf(problems);
	}
}
