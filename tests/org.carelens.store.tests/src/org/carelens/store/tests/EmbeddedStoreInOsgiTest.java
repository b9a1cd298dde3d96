package org.carelens.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreLocation;
import org.carelens.store.api.contract.FactStoreContractTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The embedded store as a DS service inside Equinox: it is found by its kind, its native DuckDB library loads in
 * OSGi, and the stores it opens pass the whole store contract there.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class EmbeddedStoreInOsgiTest extends FactStoreContractTest {

	@InjectService(filter = "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED + ")")
	EventStoreProvider provider;

	@InjectBundleContext
	BundleContext context;

	@TempDir
	Path workspace;

	@Override
	protected EventStore openStore() {
		return provider.open(new StoreLocation.Workspace(workspace));
	}

	@Test
	void theEmbeddedProviderIsDuckDbAndSaysSoInItsServiceProperties() throws Exception {
		ServiceReference<EventStoreProvider> reference = context
				.getServiceReferences(EventStoreProvider.class, "(" + EventStoreProvider.KIND + "=embedded)").iterator()
				.next();
		assertEquals("duckdb", reference.getProperty(EventStoreProvider.ENGINE));
		assertEquals("org.carelens.store.duckdb", reference.getBundle().getSymbolicName());
		assertEquals(EventStoreProvider.EMBEDDED, provider.kind());
	}
}
