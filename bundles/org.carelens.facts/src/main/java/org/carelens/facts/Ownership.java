package org.carelens.facts;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a conversation counts for: the agent who owned it at its (last) resolution, or owns it now when it is open,
 * with that agent's team, site and manager.
 */
public record Ownership(Optional<String> agent, Optional<String> team, Optional<String> site, Optional<String> manager) {

	public static final Ownership NONE = new Ownership(Optional.empty(), Optional.empty(), Optional.empty(),
			Optional.empty());

	public Ownership {
		Objects.requireNonNull(agent, "agent");
		Objects.requireNonNull(team, "team");
		Objects.requireNonNull(site, "site");
		Objects.requireNonNull(manager, "manager");
	}
}
