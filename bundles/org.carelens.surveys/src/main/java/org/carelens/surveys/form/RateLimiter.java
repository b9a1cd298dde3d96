package org.carelens.surveys.form;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * At most so many requests per address in a window: enough for a customer answering on a phone, too few to
 * guess tokens or flood the store. The table of addresses is pruned as it grows, so a spray of addresses costs
 * memory only for the current window.
 */
public final class RateLimiter {

	private static final int PRUNE_AT = 10_000;

	private final int limit;
	private final long windowMillis;
	private final Clock clock;
	private final Map<String, long[]> windows = new HashMap<>();

	/**
	 * @param limit  requests allowed per address in a window
	 * @param window the window's length
	 */
	public RateLimiter(int limit, Duration window, Clock clock) {
		if (limit < 1 || !window.isPositive()) {
			throw new IllegalArgumentException("a limit of at least one request in a positive window");
		}
		this.limit = limit;
		this.windowMillis = window.toMillis();
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** @return whether {@code address} may make one more request now; counts it when so */
	public synchronized boolean allow(String address) {
		long now = clock.millis();
		if (windows.size() >= PRUNE_AT) {
			for (Iterator<long[]> it = windows.values().iterator(); it.hasNext();) {
				if (now - it.next()[0] >= windowMillis) {
					it.remove();
				}
			}
		}
		long[] window = windows.computeIfAbsent(address, a -> new long[] { now, 0 });
		if (now - window[0] >= windowMillis) {
			window[0] = now;
			window[1] = 0;
		}
		if (window[1] >= limit) {
			return false;
		}
		window[1]++;
		return true;
	}
}
