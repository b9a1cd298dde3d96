package org.carelens.demo;

import java.util.function.Consumer;

import org.carelens.core.api.Event;
import org.carelens.internal.demo.Generator;

/**
 * Generates realistic contact-centre events for a {@link DemoPlan}, streamed in the order of the conversations'
 * openings (a conversation's own events in time order; events of different conversations interleave as they
 * would arrive from several channels). Memory does not grow with the number of conversations beyond a bit per
 * customer, so ten million conversations stream through.
 */
public final class DemoEventGenerator {

	/** What a generation produced. */
	public record Summary(long conversations, long events, long linkedCustomers) {
	}

	private DemoEventGenerator() {
	}

	public static Summary generate(DemoPlan plan, Consumer<Event> sink) {
		return new Generator(plan, sink).run();
	}
}
