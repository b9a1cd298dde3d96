package org.carelens.core.api;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields every CareLens event may carry, whatever its type.
 *
 * @param id              globally unique event id, the idempotency key
 * @param at              when it happened
 * @param conversation    the conversation it belongs to; present on every conversation-scoped type
 * @param customer        the customer id as the channel knows it
 * @param channel         the channel kind; present on {@code conversation.opened}
 * @param channelInstance the configured channel instance, e.g. {@code hotline-1900}
 * @param agent           the agent concerned
 * @param team            the team concerned
 * @param extensions      fields this version of the format does not define, by name, each as its raw JSON text,
 *                        kept so that nothing a producer wrote is lost
 */
public record EventHeader(String id, Instant at, Optional<String> conversation, Optional<String> customer,
		Optional<ChannelKind> channel, Optional<String> channelInstance, Optional<String> agent, Optional<String> team,
		Map<String, String> extensions) {

	public EventHeader {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(conversation, "conversation");
		Objects.requireNonNull(customer, "customer");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(channelInstance, "channelInstance");
		Objects.requireNonNull(agent, "agent");
		Objects.requireNonNull(team, "team");
		// in the producer's order, so that a round trip writes them back as they came
		extensions = extensions.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
	}

	/** @return a header with only an id and an instant, to be completed with the {@code with*} methods */
	public static EventHeader of(String id, Instant at) {
		return new EventHeader(id, at, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), Map.of());
	}

	public EventHeader withConversation(String value) {
		return new EventHeader(id, at, Optional.of(value), customer, channel, channelInstance, agent, team, extensions);
	}

	public EventHeader withCustomer(String value) {
		return new EventHeader(id, at, conversation, Optional.of(value), channel, channelInstance, agent, team, extensions);
	}

	public EventHeader withChannel(ChannelKind value) {
		return new EventHeader(id, at, conversation, customer, Optional.of(value), channelInstance, agent, team, extensions);
	}

	public EventHeader withChannelInstance(String value) {
		return new EventHeader(id, at, conversation, customer, channel, Optional.of(value), agent, team, extensions);
	}

	public EventHeader withAgent(String value) {
		return new EventHeader(id, at, conversation, customer, channel, channelInstance, Optional.of(value), team, extensions);
	}

	public EventHeader withTeam(String value) {
		return new EventHeader(id, at, conversation, customer, channel, channelInstance, agent, Optional.of(value), extensions);
	}
}
