package org.carelens.internal.server;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;

/** Where the running server publishes how it is, for {@code /health}: one server per process. */
@Component(service = ServerHealth.class)
public final class ServerHealth {

	private final AtomicReference<Supplier<Health>> source = new AtomicReference<>(() -> Health.NOT_SERVING);

	void publish(Supplier<Health> health) {
		source.set(health);
	}

	void withdraw() {
		source.set(() -> Health.NOT_SERVING);
	}

	Health now() {
		return source.get().get();
	}
}
