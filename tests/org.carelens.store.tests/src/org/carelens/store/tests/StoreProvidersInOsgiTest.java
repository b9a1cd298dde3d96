package org.carelens.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;

import org.carelens.store.api.EventStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

/**
 * Both store providers resolve inside Equinox and announce their kind and engine as service properties, so that a
 * client picks one by filter without activating the other.
 */
@ExtendWith(BundleContextExtension.class)
class StoreProvidersInOsgiTest {

	@InjectBundleContext
	BundleContext context;

	@Test
	void oneProviderPerKindWithItsEngine() throws Exception {
		Map<String, String> engines = new TreeMap<>();
		for (ServiceReference<EventStoreProvider> reference : context.getServiceReferences(EventStoreProvider.class,
				null)) {
			engines.put((String) reference.getProperty(EventStoreProvider.KIND),
					(String) reference.getProperty(EventStoreProvider.ENGINE));
		}
		assertEquals(Map.of("embedded", "duckdb", "server", "postgresql"), engines);
	}
}
