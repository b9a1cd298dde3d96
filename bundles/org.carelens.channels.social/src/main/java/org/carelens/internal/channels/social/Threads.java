package org.carelens.internal.channels.social;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.Checkpoint;

/**
 * The open conversation of each customer of a page or Official Account, which the messaging platforms do not have:
 * a chat thread never ends, so a customer's message opens a new conversation when the thread has been quiet for
 * longer than the idle gap. Kept in the instance's checkpoint ({@link #positions()}), so that a restart neither
 * splits a conversation nor forgets when the customer last wrote (the platforms' reply windows).
 * <p>
 * The decision depends only on the instants of the messages, never on when they arrive, so that a retried delivery
 * lands in the same conversation as the first one.
 */
final class Threads {

	/** The prefix of the checkpoint positions this table is kept under. */
	static final String PREFIX = "thread.";

	/**
	 * One customer's thread.
	 *
	 * @param start        when its current conversation opened (epoch ms), which names the conversation
	 * @param last         its latest activity (epoch ms)
	 * @param outbound     whether the conversation was opened by the business (a page reply with nothing before)
	 * @param lastCustomer the customer's latest message (epoch ms), 0 when none is known
	 */
	record Thread(long start, long last, boolean outbound, long lastCustomer) {

		Instant opened() {
			return Instant.ofEpochMilli(start);
		}

		String position() {
			return start + "," + last + "," + (outbound ? "out" : "in") + "," + lastCustomer;
		}

		static Optional<Thread> parse(String position) {
			String[] parts = position.split(",");
			if (parts.length != 4) {
				return Optional.empty();
			}
			try {
				return Optional.of(new Thread(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2].equals("out"),
						Long.parseLong(parts[3])));
			} catch (NumberFormatException e) {
				return Optional.empty();
			}
		}
	}

	private final Duration gap;
	private final Duration keep;
	private final Clock clock;
	private final Map<String, Thread> byCustomer = new HashMap<>();

	/**
	 * @param gap      how long a thread may be quiet and still continue its conversation
	 * @param keep     how long a quiet thread is remembered (at least the gap; longer to know a reply window)
	 * @param restored the instance's last checkpoint
	 */
	Threads(Duration gap, Duration keep, Clock clock, Checkpoint restored) {
		this.gap = gap;
		this.keep = keep.compareTo(gap) < 0 ? gap : keep;
		this.clock = clock;
		restored.positions().forEach((key, value) -> {
			if (key.startsWith(PREFIX)) {
				Thread.parse(value).ifPresent(thread -> byCustomer.put(key.substring(PREFIX.length()), thread));
			}
		});
	}

	/**
	 * Records an activity of a customer's thread.
	 *
	 * @param customer     the thread's key: the page (or OA) and the customer's id on it
	 * @param at           when it happened, as the platform says
	 * @param fromCustomer whether the customer wrote it; otherwise the business did
	 * @return the thread it belongs to, whose {@code start} names its conversation
	 */
	synchronized Thread touch(String customer, Instant at, boolean fromCustomer) {
		long ms = at.toEpochMilli();
		Thread current = byCustomer.get(customer);
		long gapMs = gap.toMillis();
		if (current != null && ms < current.start() - gapMs) {
			// a late retry of a conversation that has since been followed by another: leave the current one be
			return new Thread(ms, ms, !fromCustomer, fromCustomer ? ms : 0);
		}
		Thread next;
		if (current == null || ms - current.last() > gapMs) {
			next = new Thread(ms, ms, !fromCustomer, fromCustomer ? ms : 0);
		} else {
			next = new Thread(current.start(), Math.max(current.last(), ms), current.outbound(),
					fromCustomer ? Math.max(current.lastCustomer(), ms) : current.lastCustomer());
		}
		byCustomer.put(customer, next);
		return next;
	}

	/** @return when the customer last wrote, if it is remembered */
	synchronized Optional<Instant> lastCustomerMessage(String customer) {
		Thread thread = byCustomer.get(customer);
		return thread == null || thread.lastCustomer() == 0 ? Optional.empty()
				: Optional.of(Instant.ofEpochMilli(thread.lastCustomer()));
	}

	/** @return the threads to keep in the checkpoint: those active within {@code keep} of now */
	synchronized Map<String, String> positions() {
		long oldest = clock.millis() - keep.toMillis();
		byCustomer.values().removeIf(thread -> thread.last() < oldest);
		Map<String, String> positions = new HashMap<>();
		byCustomer.forEach((customer, thread) -> positions.put(PREFIX + customer, thread.position()));
		return positions;
	}
}
