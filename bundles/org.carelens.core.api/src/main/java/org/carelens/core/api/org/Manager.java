package org.carelens.core.api.org;

import java.util.Objects;
import java.util.Optional;

/**
 * A person who manages teams.
 */
public record Manager(String id, String name, Optional<String> site) {

	public Manager {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(site, "site");
	}
}
