package org.carelens.channels.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ids of the messages a connector instance sent lately, so that when the platform echoes them back through the
 * webhook they are recorded as the system's, not taken for an agent's replies. Holds the latest {@value #KEPT}; safe
 * to use from any thread.
 */
public final class RecentIds {

	static final int KEPT = 10_000;

	private final Set<String> ids = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>() {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > KEPT;
		}
	}));

	public void add(String id) {
		ids.add(id);
	}

	public boolean contains(String id) {
		return ids.contains(id);
	}
}
