package org.carelens.channels.http.tests;

import java.nio.file.Path;

import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.internal.channels.http.EndpointRegistry;
import org.carelens.internal.channels.runtime.ChannelRuntimes;
import org.carelens.store.api.EventStoreProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * What a test of one webhook channel instance runs with: the services of the test runtime, a workspace, and the
 * instance served as the server serves it ({@link #serve}), stopped after each test.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
abstract class EndpointTestBase {

	@InjectService(filter = "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED + ")")
	EventStoreProvider stores;

	@InjectService
	ChannelRuntimes runtimes;

	@InjectService
	EndpointRegistry endpoints;

	@InjectBundleContext
	BundleContext context;

	@TempDir
	Path workspace;

	Node node;
	/** The instance's webhook address. */
	String url;

	/** Starts {@code instance} in the workspace and serves its endpoint. */
	void serve(ChannelInstance instance) throws Exception {
		node = new Node(workspace, stores, runtimes, endpoints, instance).start();
		url = Http.base(context) + "hooks/" + instance.id();
	}

	@AfterEach
	void stopServing() {
		if (node != null) {
			node.close();
		}
	}
}
