package org.carelens.internal.channels.runtime;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.FieldType;
import org.carelens.channels.api.Rejected;
import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.SettingsSchema;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;

/**
 * Opens conversations 1..{@code count}, committing after every second, and rejects every number given in
 * {@code bad}; needs the secret {@code token} to be "open-sesame".
 */
final class CountingConnector implements ChannelConnector {

	static final Map<String, Object> PROPERTIES = Map.of(ChannelConnector.ID, "counting", ChannelConnector.LABEL,
			"Counting", ChannelConnector.CHANNEL, "CHAT", ChannelConnector.CAPABILITIES, new String[] { "pull" });

	volatile int count;
	volatile int pulls;

	CountingConnector(int count) {
		this.count = count;
	}

	@Override
	public SettingsSchema settingsSchema() {
		return SettingsSchema.of(SettingField.optional("bad", "Bad number", FieldType.INTEGER, "0", "rejected"),
				SettingField.secret("token", "Token", "the password"));
	}

	static Event opened(String instance, int i) {
		return new Event.ConversationOpened(EventHeader.of(instance + ":" + i, Instant.parse("2026-03-01T00:00:00Z")
				.plusSeconds(i)).withConversation(instance + "-c" + i).withCustomer("k" + i)
				.withChannel(ChannelKind.CHAT).withChannelInstance(instance), Direction.INBOUND, Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty());
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		if (!"open-sesame".equals(context.settings().required("token"))) {
			throw new ConnectorException("login refused");
		}
		long bad = context.settings().integer("bad").orElse(0L);
		return new ConnectorInstance() {
			@Override
			public void pull() throws ConnectorException {
				pulls++;
				Checkpoint checkpoint = context.checkpoint().orElse(Checkpoint.START);
				for (long i = checkpoint.number("next") + 1; i <= count; i++) {
					if (i == bad) {
						context.sink().reject(Rejected.row("counting", i, "number " + i + " is bad", "" + i));
					} else {
						context.sink().accept(opened(context.instanceId(), (int) i));
					}
					if (i % 2 == 0 || i == count) {
						context.sink().commit(checkpoint.with("next", Long.toString(i)));
					}
				}
			}

			@Override
			public void stop() {
			}
		};
	}
}
