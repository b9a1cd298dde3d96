package org.carelens.internal.channels.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.contract.ConnectorContractTest;
import org.carelens.channels.http.WebhookEndpoints;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The connector contract, run by both social connectors, with their endpoints opened on a stand-in registry. */
class ConnectorsContractTest {

	/** Opens nothing: the contract is about the connector, the HTTP layer has its own tests. */
	static final WebhookEndpoints NO_HTTP = (context, endpoint, maxBodyBytes) -> () -> {
	};

	@Nested
	class Messenger extends ConnectorContractTest {

		@Override
		protected ChannelConnector connector() {
			return new MessengerConnector(NO_HTTP);
		}

		@Override
		protected Map<String, String> settingsWithInput(Path directory) {
			return Map.of("app_secret", "s3cret", "verify_token", "v", "page_access_token", "EAAG-token");
		}

		@Test
		void anInstanceSendsOnlyWithAPageAccessTokenAndItsSecretsAreMarkedSecret() throws Exception {
			ConnectorInstance sending = start(settings());
			assertTrue(sending.outbound().isPresent());
			sending.stop();
			Map<String, String> receiving = new HashMap<>(settingsWithInput(directory));
			receiving.remove("page_access_token");
			ConnectorInstance silent = start(connector().settingsSchema().validate(receiving));
			assertTrue(silent.outbound().isEmpty());
			silent.stop();
			assertEquals(Set.of("app_secret", "verify_token", "page_access_token"),
					connector().settingsSchema().secretKeys());
		}
	}

	@Nested
	class Zalo extends ConnectorContractTest {

		@Override
		protected ChannelConnector connector() {
			return new ZaloConnector(NO_HTTP);
		}

		@Override
		protected Map<String, String> settingsWithInput(Path directory) {
			return Map.of("app_id", "360846524940903967", "oa_secret_key", "k", "access_token", "oa-token");
		}

		@Test
		void anInstanceSendsOnlyWithAnAccessTokenAndItsSecretsAreMarkedSecret() throws Exception {
			ConnectorInstance sending = start(settings());
			assertTrue(sending.outbound().isPresent());
			sending.stop();
			ConnectorInstance silent = start(connector().settingsSchema().validate(Map.of("app_id", "1",
					"oa_secret_key", "k")));
			assertTrue(silent.outbound().isEmpty());
			silent.stop();
			assertEquals(Set.of("oa_secret_key", "access_token"), connector().settingsSchema().secretKeys());
		}
	}
}
