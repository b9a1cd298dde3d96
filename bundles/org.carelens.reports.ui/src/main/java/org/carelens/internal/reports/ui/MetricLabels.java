package org.carelens.internal.reports.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.carelens.kpi.api.Metric;
import org.eclipse.osgi.service.localization.BundleLocalization;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The metrics' names in the UI language, read from the localization of the bundle that registers each metric
 * (its {@code Bundle-Localization}, keyed by the metric's label key).
 */
final class MetricLabels {

	private final Map<String, String> byLabelKey = new HashMap<>();

	MetricLabels(List<Metric> metrics, Locale locale) {
		Bundle self = FrameworkUtil.getBundle(MetricLabels.class);
		ServiceReference<BundleLocalization> reference = self.getBundleContext()
				.getServiceReference(BundleLocalization.class);
		BundleLocalization localization = reference == null ? null : self.getBundleContext().getService(reference);
		try {
			for (Metric metric : metrics) {
				Bundle owner = FrameworkUtil.getBundle(metric.getClass());
				if (localization == null || owner == null) {
					continue;
				}
				ResourceBundle bundle = localization.getLocalization(owner, locale.toString());
				String key = metric.info().labelKey();
				try {
					if (bundle != null) {
						byLabelKey.put(key, bundle.getString(key));
					}
				} catch (MissingResourceException e) {
					// the metric's id is shown instead
				}
			}
		} finally {
			if (reference != null) {
				self.getBundleContext().ungetService(reference);
			}
		}
	}

	/** @return the metric's name, or its id when its bundle does not name it */
	String label(String labelKey, String id) {
		return byLabelKey.getOrDefault(labelKey, id);
	}
}
