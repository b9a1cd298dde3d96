package org.carelens.reports.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import org.carelens.kpi.api.Metric;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * The metrics' names in a report's language, read from the localization file of the bundle that registers each
 * metric ({@code Bundle-Localization}, keyed by the metric's label key), in that language, else the bundle's default
 * one; a metric its bundle does not name keeps its id.
 */
public final class MetricNames implements Function<String, String> {

	private final Map<String, String> byId = new HashMap<>();

	public MetricNames(List<Metric> metrics, Locale locale) {
		for (Metric metric : metrics) {
			Bundle owner = FrameworkUtil.getBundle(metric.getClass());
			if (owner == null) {
				continue;
			}
			String base = owner.getHeaders("").get(Constants.BUNDLE_LOCALIZATION);
			Properties names = names(owner, base == null ? Constants.BUNDLE_LOCALIZATION_DEFAULT_BASENAME : base,
					locale);
			String name = names.getProperty(metric.info().labelKey());
			if (name != null) {
				byId.put(metric.info().id(), name);
			}
		}
	}

	private static Properties names(Bundle owner, String base, Locale locale) {
		Properties names = new Properties();
		for (String file : List.of(base + ".properties", base + "_" + locale.getLanguage() + ".properties")) {
			URL entry = owner.getEntry(file);
			if (entry != null) {
				try (InputStream in = entry.openStream()) {
					names.load(in);
				} catch (IOException e) {
					// the names already read, or the ids, stand in
				}
			}
		}
		return names;
	}

	@Override
	public String apply(String id) {
		return byId.getOrDefault(id, id);
	}
}
