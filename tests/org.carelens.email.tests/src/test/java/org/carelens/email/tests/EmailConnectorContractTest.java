package org.carelens.email.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.contract.ChannelConnectorContractTest;
import org.carelens.internal.channels.email.EmailConnector;
import org.junit.jupiter.api.AfterEach;

/**
 * The email connector against the connector contract, on a GreenMail mailbox.
 */
class EmailConnectorContractTest extends ChannelConnectorContractTest {

	private Mailbox mailbox;
	private int added;

	@Override
	protected ChannelConnector connector() {
		return new EmailConnector();
	}

	@Override
	protected Map<String, String> settingsWithInput(Path directory) throws Exception {
		if (mailbox == null) {
			mailbox = new Mailbox();
			mailbox.customerWrites("lan@kh.vn", "a1@kh.vn", "Đơn hàng 1", Instant.parse("2026-11-23T01:00:00Z"), null,
					null, Map.of());
			mailbox.agentReplied("lan@kh.vn", "r1@shop.vn", "Re: Đơn hàng 1", Instant.parse("2026-11-23T01:30:00Z"),
					"a1@kh.vn", "<a1@kh.vn>");
		}
		return mailbox.settings();
	}

	@Override
	protected boolean addInput(Path directory) throws Exception {
		added++;
		mailbox.customerWrites("minh@kh.vn", "b" + added + "@kh.vn", "Đổi hàng", Instant.parse("2026-11-23T02:00:00Z"),
				null, null, Map.of());
		return true;
	}

	@AfterEach
	void stopMailbox() {
		if (mailbox != null) {
			mailbox.close();
		}
	}
}
