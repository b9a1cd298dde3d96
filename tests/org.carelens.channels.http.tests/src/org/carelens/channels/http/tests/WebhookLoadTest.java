package org.carelens.channels.http.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.internal.channels.http.EndpointRegistry;
import org.carelens.internal.channels.runtime.ChannelRuntimes;
import org.carelens.store.api.EventStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * 20,000 Chatwoot message deliveries, signed, posted by 8 concurrent clients on loopback: every one acknowledged,
 * every one stored once. Prints the throughput.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class WebhookLoadTest {

	static final int EVENTS = 20_000;
	static final int CLIENTS = 8;
	static final int MESSAGES_PER_CONVERSATION = 10;

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

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void twentyThousandDeliveriesFromEightClientsAreAllStoredOnce() throws Exception {
		ChannelInstance instance = new ChannelInstance("chat-load", "Load", ChannelKind.CHAT, "webchat.chatwoot",
				Map.of("secret", ChatwootEndpointTest.SECRET));
		try (Node node = new Node(workspace, stores, runtimes, endpoints, instance).start()) {
			String url = Http.base(context) + "hooks/chat-load";
			Instant t0 = Instant.parse("2026-02-10T01:00:00Z");
			// signed beforehand, so that the clients measure the endpoint rather than their own HMAC
			List<List<String[]>> perClient = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				perClient.add(new ArrayList<>());
			}
			for (int i = 0; i < EVENTS; i++) {
				long conversation = 100_000 + i / MESSAGES_PER_CONVERSATION;
				String body = Payloads.message(1_000_000 + i, conversation, t0.plusSeconds(i), i % 2 == 0);
				Map<String, String> headers = Http.chatwootSigned(body, ChatwootEndpointTest.SECRET);
				perClient.get(i % CLIENTS).add(new String[] { body, headers.get("X-Chatwoot-Signature"),
						headers.get("X-Chatwoot-Timestamp") });
			}
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			long start = System.nanoTime();
			List<Future<Integer>> done = new ArrayList<>();
			for (List<String[]> deliveries : perClient) {
				done.add(clients.submit(() -> {
					int acknowledged = 0;
					for (String[] delivery : deliveries) {
						HttpResponse<String> response = Http.post(url, delivery[0], Map.of("X-Chatwoot-Signature",
								delivery[1], "X-Chatwoot-Timestamp", delivery[2]));
						if (response.statusCode() != 200) {
							throw new AssertionError(response.statusCode() + ": " + response.body());
						}
						acknowledged++;
					}
					return acknowledged;
				}));
			}
			int acknowledged = 0;
			for (Future<Integer> client : done) {
				acknowledged += client.get();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			clients.shutdown();
			assertEquals(EVENTS, acknowledged);
			assertEquals((long) EVENTS, node.read(store -> store.eventCount()), "every acknowledged event, once");
			assertEquals(MESSAGES_PER_CONVERSATION,
					node.read(store -> store.eventsOfConversation("chat-load:100000")).size());
			System.out.printf("Webhook load: %,d signed Chatwoot deliveries by %d clients on loopback in %.1f s = "
					+ "%,.0f deliveries (events) per second, each acknowledged after its commit%n", EVENTS, CLIENTS,
					seconds, EVENTS / seconds);
		}
	}
}
