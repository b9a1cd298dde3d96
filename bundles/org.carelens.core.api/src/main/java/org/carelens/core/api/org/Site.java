package org.carelens.core.api.org;

import java.util.Objects;
import java.util.Optional;

/**
 * A place agents work from, such as the Hà Nội contact centre.
 */
public record Site(String id, String name, Optional<String> country, Optional<String> region) {

	public Site {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(country, "country");
		Objects.requireNonNull(region, "region");
	}
}
