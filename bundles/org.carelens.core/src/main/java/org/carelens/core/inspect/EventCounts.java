package org.carelens.core.inspect;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.EventType;

/**
 * Counts of valid events by type and by the channel of their conversation.
 * <p>
 * Besides the channel kinds there are two columns: events of a conversation whose opening was not among the events
 * read ({@link #unknownChannel(EventType)}), and events that belong to no conversation, such as orders
 * ({@link #noConversation(EventType)}).
 */
public final class EventCounts {

	private static final int KINDS = ChannelKind.values().length;
	private static final int UNKNOWN = KINDS;
	private static final int NONE = KINDS + 1;
	private static final int COLUMNS = KINDS + 2;

	/** Collects counts; not thread-safe. */
	public static final class Builder {
		private final long[][] table = new long[EventType.values().length][COLUMNS];

		public Builder add(EventType type, ChannelKind channel, long n) {
			table[type.ordinal()][channel.ordinal()] += n;
			return this;
		}

		public Builder addUnknownChannel(EventType type, long n) {
			table[type.ordinal()][UNKNOWN] += n;
			return this;
		}

		public Builder addNoConversation(EventType type, long n) {
			table[type.ordinal()][NONE] += n;
			return this;
		}

		public Builder addAll(EventCounts other) {
			for (int t = 0; t < table.length; t++) {
				for (int c = 0; c < COLUMNS; c++) {
					table[t][c] += other.counts[t][c];
				}
			}
			return this;
		}

		public EventCounts build() {
			return new EventCounts(table);
		}
	}

	private final long[][] counts;

	private EventCounts(long[][] table) {
		this.counts = new long[table.length][];
		for (int i = 0; i < table.length; i++) {
			this.counts[i] = table[i].clone();
		}
	}

	public long count(EventType type, ChannelKind channel) {
		return counts[type.ordinal()][channel.ordinal()];
	}

	public long unknownChannel(EventType type) {
		return counts[type.ordinal()][UNKNOWN];
	}

	public long noConversation(EventType type) {
		return counts[type.ordinal()][NONE];
	}

	/** @return events of {@code type}, whatever their channel */
	public long total(EventType type) {
		long sum = 0;
		for (long n : counts[type.ordinal()]) {
			sum += n;
		}
		return sum;
	}

	/** @return events on {@code channel}, whatever their type */
	public long total(ChannelKind channel) {
		return column(channel.ordinal());
	}

	public long totalUnknownChannel() {
		return column(UNKNOWN);
	}

	public long totalNoConversation() {
		return column(NONE);
	}

	public long total() {
		long sum = 0;
		for (long[] row : counts) {
			for (long n : row) {
				sum += n;
			}
		}
		return sum;
	}

	private long column(int column) {
		long sum = 0;
		for (long[] row : counts) {
			sum += row[column];
		}
		return sum;
	}
}
