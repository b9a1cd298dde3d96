package org.carelens.core.api.org;

import java.util.Objects;
import java.util.Optional;

/**
 * A person who serves customers; the site defaults to the team's.
 */
public record Agent(String id, String name, Optional<String> team, Optional<String> site) {

	public Agent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(team, "team");
		Objects.requireNonNull(site, "site");
	}
}
