package org.carelens.internal.core.inspect;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.carelens.core.api.io.ReadSummary;
import org.carelens.core.inspect.EventCounts;

/**
 * Counts the events of one file while it is read. Events of a conversation whose channel is not known yet are held
 * per conversation until the end of the whole set, so out-of-order and cross-file openings still count.
 */
final class FileTally {

	private static final EventType[] TYPES = EventType.values();

	private final Map<String, ChannelKind> channelOf;
	final EventCounts.Builder counts = new EventCounts.Builder();
	final Map<String, int[]> pending = new HashMap<>();
	Instant first;
	Instant last;
	ReadSummary summary;

	FileTally(Map<String, ChannelKind> channelOf) {
		this.channelOf = channelOf;
	}

	void add(Event event) {
		EventType type = event.type();
		Optional<String> conversation = event.conversation();
		Optional<ChannelKind> ownChannel = event.header().channel();
		if (event instanceof Event.ConversationOpened opened) {
			channelOf.putIfAbsent(conversation.orElseThrow(), opened.channel());
		}
		if (ownChannel.isPresent()) {
			counts.add(type, ownChannel.get(), 1);
		} else if (conversation.isEmpty()) {
			counts.addNoConversation(type, 1);
		} else {
			ChannelKind known = channelOf.get(conversation.get());
			if (known != null) {
				counts.add(type, known, 1);
			} else {
				pending.computeIfAbsent(conversation.get(), c -> new int[TYPES.length])[type.ordinal()]++;
			}
		}
		Instant at = event.at();
		if (first == null || at.isBefore(first)) {
			first = at;
		}
		if (last == null || at.isAfter(last)) {
			last = at;
		}
	}

	/** Attributes the held events now that every file of the set has been read. */
	void resolvePending() {
		for (Map.Entry<String, int[]> entry : pending.entrySet()) {
			ChannelKind channel = channelOf.get(entry.getKey());
			int[] byType = entry.getValue();
			for (EventType type : TYPES) {
				if (channel == null) {
					counts.addUnknownChannel(type, byType[type.ordinal()]);
				} else {
					counts.add(type, channel, byType[type.ordinal()]);
				}
			}
		}
		pending.clear();
	}
}
