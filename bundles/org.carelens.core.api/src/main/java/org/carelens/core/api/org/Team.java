package org.carelens.core.api.org;

import java.util.Objects;
import java.util.Optional;

/**
 * A team of agents, at a site, under a manager.
 */
public record Team(String id, String name, Optional<String> site, Optional<String> manager) {

	public Team {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(site, "site");
		Objects.requireNonNull(manager, "manager");
	}
}
