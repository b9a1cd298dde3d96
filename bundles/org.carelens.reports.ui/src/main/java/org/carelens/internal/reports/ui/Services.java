package org.carelens.internal.reports.ui;

import java.util.Optional;

import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.store.api.EventStoreProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The OSGi services the Report perspective computes with, tracked for the life of a view.
 */
final class Services implements AutoCloseable {

	private final ServiceTracker<KpiEngine, KpiEngine> engine;
	private final ServiceTracker<EventStoreProvider, EventStoreProvider> stores;
	private final ServiceTracker<WorkspaceConfigurations, WorkspaceConfigurations> configurations;

	Services() {
		Bundle bundle = FrameworkUtil.getBundle(Services.class);
		BundleContext context = bundle.getBundleContext();
		engine = new ServiceTracker<>(context, KpiEngine.class, null);
		try {
			stores = new ServiceTracker<>(context, context.createFilter("(&(objectClass="
					+ EventStoreProvider.class.getName() + ")(" + EventStoreProvider.KIND + "="
					+ EventStoreProvider.EMBEDDED + "))"), null);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		configurations = new ServiceTracker<>(context, WorkspaceConfigurations.class, null);
		engine.open();
		stores.open();
		configurations.open();
	}

	/** @return the engine; waits a little for DS to bring it up at start, so not for the UI thread */
	Optional<KpiEngine> engine() {
		return Optional.ofNullable(waitFor(engine));
	}

	/** @return the engine if it is there now, without waiting: for the UI thread */
	Optional<KpiEngine> engineNow() {
		return Optional.ofNullable(engine.getService());
	}

	Optional<EventStoreProvider> stores() {
		return Optional.ofNullable(waitFor(stores));
	}

	Optional<WorkspaceConfigurations> configurations() {
		return Optional.ofNullable(waitFor(configurations));
	}

	private static <T> T waitFor(ServiceTracker<T, T> tracker) {
		try {
			return tracker.waitForService(5_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return tracker.getService();
		}
	}

	@Override
	public void close() {
		engine.close();
		stores.close();
		configurations.close();
	}
}
