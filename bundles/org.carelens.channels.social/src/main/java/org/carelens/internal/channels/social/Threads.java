package org.carelens.internal.channels.social;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.carelens.channels.api.Checkpoint;

/**
 * The open conversation of each customer of a page or Official Account, which the messaging platforms do not have:
 * a chat thread never ends, so a customer's message opens a new conversation when the thread has been quiet for
 * longer than the idle gap. Kept in the instance's checkpoint ({@link #positions()}), so that a restart neither
 * splits a conversation nor forgets when the customer last wrote (the platforms' reply windows).
 * <p>
 * The decision depends only on the instants of the messages, never on when they arrive, so that a retried delivery
 * lands in the same conversation as the first one; the latest few conversations of each customer are remembered for
 * retries that come after the next conversation has opened.
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

	/** How many of a customer's latest conversations are remembered, for retries delivered late. */
	static final int REMEMBERED = 4;

	private final Duration gap;
	private final Duration keep;
	/** The latest activity seen (epoch ms): threads are forgotten by the platforms' time, not the server's. */
	private long latest;
	/** By customer, their latest threads, oldest first. */
	private final Map<String, List<Thread>> byCustomer = new HashMap<>();

	/**
	 * @param gap      how long a thread may be quiet and still continue its conversation
	 * @param keep     how long a quiet thread is remembered (at least the gap; longer to know a reply window)
	 * @param restored the instance's last checkpoint
	 */
	Threads(Duration gap, Duration keep, Checkpoint restored) {
		this.gap = gap;
		this.keep = keep.compareTo(gap) < 0 ? gap : keep;
		restored.positions().forEach((key, value) -> {
			if (key.startsWith(PREFIX)) {
				List<Thread> threads = new ArrayList<>();
				for (String position : value.split(";")) {
					Thread.parse(position).ifPresent(threads::add);
				}
				threads.sort(Comparator.comparingLong(Thread::start));
				if (!threads.isEmpty()) {
					byCustomer.put(key.substring(PREFIX.length()), threads);
					latest = Math.max(latest, threads.get(threads.size() - 1).last());
				}
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
		long gapMs = gap.toMillis();
		latest = Math.max(latest, ms);
		List<Thread> threads = byCustomer.computeIfAbsent(customer, c -> new ArrayList<>());
		int index = -1;
		for (int i = threads.size() - 1; i >= 0; i--) {
			if (threads.get(i).start() <= ms) {
				index = i;
				break;
			}
		}
		if (index < 0 && !threads.isEmpty() && threads.get(0).start() - ms <= gapMs) {
			index = 0; // delivered out of order, shortly before the conversation's first message
		}
		Thread next;
		if (index >= 0 && ms - threads.get(index).last() <= gapMs) {
			Thread current = threads.get(index);
			next = new Thread(current.start(), Math.max(current.last(), ms), current.outbound(),
					fromCustomer ? Math.max(current.lastCustomer(), ms) : current.lastCustomer());
			threads.set(index, next);
		} else {
			next = new Thread(ms, ms, !fromCustomer, fromCustomer ? ms : 0);
			threads.add(index + 1, next);
			if (threads.size() > REMEMBERED) {
				threads.remove(0);
			}
		}
		return next;
	}

	/** @return when the customer last wrote, if it is remembered */
	synchronized Optional<Instant> lastCustomerMessage(String customer) {
		long last = byCustomer.getOrDefault(customer, List.of()).stream().mapToLong(Thread::lastCustomer).max()
				.orElse(0);
		return last == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last));
	}

	/** @return the threads to keep in the checkpoint: those active within {@code keep} of the latest activity */
	synchronized Map<String, String> positions() {
		long oldest = latest - keep.toMillis();
		byCustomer.values().forEach(threads -> threads.removeIf(thread -> thread.last() < oldest));
		byCustomer.values().removeIf(List::isEmpty);
		Map<String, String> positions = new HashMap<>();
		byCustomer.forEach((customer, threads) -> positions.put(PREFIX + customer,
				threads.stream().map(Thread::position).collect(Collectors.joining(";"))));
		return positions;
	}
}
