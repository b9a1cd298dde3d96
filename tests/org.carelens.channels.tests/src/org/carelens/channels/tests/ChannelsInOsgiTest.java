package org.carelens.channels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.ConnectorStatus;
import org.carelens.channels.api.SettingsSchema;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.internal.channels.runtime.ChannelRuntime;
import org.carelens.internal.channels.runtime.ChannelRuntimes;
import org.carelens.internal.channels.runtime.EquinoxSecretStore;
import org.carelens.internal.channels.runtime.EventAdminStatusListener;
import org.carelens.internal.channels.runtime.StatusListener;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The channel runtime as DS services inside Equinox: connectors bound from their bundles, duplicates rejected,
 * status on Event Admin, secrets in Eclipse secure storage.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class ChannelsInOsgiTest {

	@InjectService
	ChannelRuntimes runtimes;

	@InjectService(filter = "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED + ")")
	EventStoreProvider stores;

	@InjectBundleContext
	BundleContext context;

	@TempDir
	Path dir;

	@Test
	void theFileConnectorsAreBoundFromTheirBundle() {
		assertEquals(List.of("file.asterisk-queue-log", "file.csv", "file.folder", "file.jsonl"),
				runtimes.registry().all().stream().map(r -> r.descriptor().id()).toList());
		assertEquals(ChannelKind.VOICE, runtimes.registry().find("file.asterisk-queue-log").orElseThrow()
				.descriptor().channel());
	}

	@Test
	void aConnectorInstalledLaterUnderATakenIdIsRejectedLoudly() {
		ChannelConnector original = runtimes.registry().find("file.csv").orElseThrow().connector();
		ChannelConnector impostor = new ChannelConnector() {
			@Override
			public SettingsSchema settingsSchema() {
				return SettingsSchema.of();
			}

			@Override
			public ConnectorInstance start(org.carelens.channels.api.ConnectorContext c) {
				throw new UnsupportedOperationException();
			}
		};
		Hashtable<String, Object> properties = new Hashtable<>(Map.of(ChannelConnector.ID, "file.csv",
				ChannelConnector.LABEL, "Another CSV", ChannelConnector.CHANNEL, "EMAIL",
				ChannelConnector.CAPABILITIES, "pull", "component.name", "vendor.Csv"));
		ServiceRegistration<ChannelConnector> registration = context.registerService(ChannelConnector.class,
				impostor, properties);
		try {
			assertSame(original, runtimes.registry().find("file.csv").orElseThrow().connector());
			assertTrue(runtimes.registry().problems().stream()
					.anyMatch(p -> p.startsWith("duplicate connector id 'file.csv'") && p.endsWith("[vendor.Csv] rejected")),
					runtimes.registry().problems().toString());
		} finally {
			registration.unregister();
		}
	}

	@Test
	void aRunPostsItsStatusOnEventAdmin() throws Exception {
		BlockingQueue<Event> posted = new LinkedBlockingQueue<>();
		ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, posted::add,
				new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, EventAdminStatusListener.TOPIC)));
		Path events = dir.resolve("events.jsonl");
		Files.writeString(events, """
				{"id":"e-1","type":"conversation.opened","at":"2026-02-10T08:15:00+07:00","conversation":"c-1","channel":"CHAT","customer":"k-1"}
				{"id":"e-2","type":"resolved","at":"2026-02-10T08:30:00+07:00","conversation":"c-1"}
				""", StandardCharsets.UTF_8);
		Path workspace = dir.resolve("ws");
		ChannelInstance instance = new ChannelInstance("feed", "Feed", ChannelKind.CHAT, "file.jsonl",
				Map.of("file", events.toString()));
		try (EventStore store = stores.open(new StoreLocation.Workspace(workspace));
				ChannelRuntime runtime = runtimes.open(workspace, store, StatusListener.NONE)) {
			ConnectorStatus status = runtime.runOnce(instance, 1);
			assertEquals(ConnectorStatus.State.IDLE, status.state());
			assertEquals(2, store.eventCount());
		} finally {
			handler.unregister();
		}
		Event last = null;
		for (Event event; (event = posted.poll(5, TimeUnit.SECONDS)) != null;) {
			last = event;
			if ("STOPPED".equals(event.getProperty("state"))) {
				break;
			}
		}
		assertTrue(last != null, "status events were posted");
		assertEquals("feed", last.getProperty("instance"));
		assertEquals("file.jsonl", last.getProperty("connector"));
		assertEquals(2L, last.getProperty("stored"));
	}

	@Test
	void secretsAreKeptEncryptedInSecureStorageAndForgottenWithTheirInstance() throws Exception {
		Path file = dir.resolve("secure_storage");
		EquinoxSecretStore secrets = new EquinoxSecretStore(file);
		Path workspace = dir.resolve("ws");
		secrets.put(workspace, "mailbox", "password", "mật-khẩu-42");
		assertEquals(Optional.of("mật-khẩu-42"), new EquinoxSecretStore(file).get(workspace, "mailbox", "password"));
		assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("khẩu-42"), "stored encrypted");
		assertEquals(Optional.empty(), secrets.get(dir.resolve("other"), "mailbox", "password"),
				"secrets are per workspace");
		secrets.remove(workspace, "mailbox");
		assertEquals(Optional.empty(), secrets.get(workspace, "mailbox", "password"));
	}
}
