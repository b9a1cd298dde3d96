package org.carelens.internal.kpi.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carelens.kpi.api.Metric;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Binds every {@link Metric} service as it comes and goes. Under an id taken by an earlier registration, a later
 * one is rejected loudly and kept aside; it takes over if the earlier one goes away. A metric whose service
 * property id disagrees with its own {@code info().id()} is rejected too.
 */
@Component(service = MetricRegistry.class)
public final class MetricRegistry {

	private static final System.Logger LOG = System.getLogger(MetricRegistry.class.getName());

	private record Registration(long serviceId, String id, Metric metric, String component) {
	}

	private final Map<String, List<Registration>> byId = new TreeMap<>();
	private final List<String> problems = new ArrayList<>();

	@Reference(service = Metric.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public synchronized void addMetric(Metric metric, Map<String, Object> properties) {
		long serviceId = properties.get(Constants.SERVICE_ID) instanceof Long l ? l : -1;
		String component = String.valueOf(properties.getOrDefault("component.name", "service " + serviceId));
		Object id = properties.get(Metric.ID);
		if (!(id instanceof String metricId) || metricId.isBlank()) {
			report(component + " registers a Metric without the property " + Metric.ID + "; it is ignored");
			return;
		}
		if (!metricId.equals(metric.info().id())) {
			report(component + " registers the metric '" + metricId + "' but says it is '" + metric.info().id()
					+ "'; it is ignored");
			return;
		}
		List<Registration> same = byId.computeIfAbsent(metricId, k -> new ArrayList<>());
		same.add(new Registration(serviceId, metricId, metric, component));
		same.sort(Comparator.comparingLong(Registration::serviceId));
		if (same.size() > 1) {
			report("duplicate metric id '" + metricId + "': " + same.get(0).component() + " is used, "
					+ same.subList(1, same.size()).stream().map(Registration::component).toList() + " rejected");
		}
	}

	public synchronized void removeMetric(Metric metric, Map<String, Object> properties) {
		byId.values().forEach(list -> list.removeIf(r -> r.metric() == metric));
		byId.values().removeIf(List::isEmpty);
	}

	private void report(String problem) {
		problems.add(problem);
		LOG.log(System.Logger.Level.ERROR, problem);
	}

	/** @return the metrics in use, one per id, ordered by id */
	public synchronized List<Metric> metrics() {
		return byId.values().stream().map(list -> list.get(0).metric()).toList();
	}

	/** @return what was rejected and why, in order */
	public synchronized List<String> problems() {
		return List.copyOf(problems);
	}
}
