package org.carelens.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carelens.core.api.Event;
import org.carelens.core.api.Identity;

/**
 * Which customer each channel identity belongs to, as {@code customer.identity} events link them: the customer key
 * that groups one person's conversations across channels. A later link of an identity replaces an earlier one. Not
 * thread-safe.
 */
public final class CustomerIdentities {

	private final Map<String, String> customerOf = new HashMap<>();

	/**
	 * Takes in a link.
	 *
	 * @return the ids (channel identities, or the customer id itself) that now belong to another customer than before
	 */
	public List<String> link(Event.CustomerIdentity identity) {
		String customer = identity.header().customer().orElseThrow();
		List<String> ids = new ArrayList<>(identity.identities().size() + 1);
		ids.add(customer);
		for (Identity channelIdentity : identity.identities()) {
			ids.add(channelIdentity.value());
		}
		List<String> moved = new ArrayList<>();
		for (String id : ids) {
			String before = customerOf.put(id, customer);
			if (!customer.equals(before == null ? id : before)) {
				moved.add(id);
			}
		}
		return moved;
	}

	/** @return the customer a channel id belongs to: linked by {@code customer.identity}, else the id itself */
	public String keyOf(String customerId) {
		return customerOf.getOrDefault(customerId, customerId);
	}

	public int size() {
		return customerOf.size();
	}
}
