package org.carelens.core.api.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Priority;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

	private static final SlaPolicy POLICY = new SlaPolicy("std", "Standard", Optional.of("office"), List.of(
			new SlaTarget(SlaMetric.FIRST_RESPONSE, Optional.empty(), Optional.empty(), Duration.ofHours(24)),
			new SlaTarget(SlaMetric.FIRST_RESPONSE, Optional.of(ChannelKind.CHAT), Optional.empty(), Duration.ofMinutes(2)),
			new SlaTarget(SlaMetric.FIRST_RESPONSE, Optional.empty(), Optional.of(Priority.URGENT), Duration.ofHours(1)),
			new SlaTarget(SlaMetric.FIRST_RESPONSE, Optional.of(ChannelKind.EMAIL), Optional.of(Priority.URGENT),
					Duration.ofMinutes(30))));

	@Test
	void theMostSpecificTargetWins() {
		assertEquals(Optional.of(Duration.ofMinutes(30)),
				POLICY.limit(SlaMetric.FIRST_RESPONSE, ChannelKind.EMAIL, Optional.of(Priority.URGENT)));
		assertEquals(Optional.of(Duration.ofMinutes(2)),
				POLICY.limit(SlaMetric.FIRST_RESPONSE, ChannelKind.CHAT, Optional.of(Priority.URGENT)),
				"the channel beats the priority");
		assertEquals(Optional.of(Duration.ofHours(1)),
				POLICY.limit(SlaMetric.FIRST_RESPONSE, ChannelKind.SOCIAL, Optional.of(Priority.URGENT)));
		assertEquals(Optional.of(Duration.ofHours(24)),
				POLICY.limit(SlaMetric.FIRST_RESPONSE, ChannelKind.SOCIAL, Optional.empty()));
	}

	@Test
	void aMetricWithoutTargetHasNoLimit() {
		assertEquals(Optional.empty(), POLICY.limit(SlaMetric.RESOLUTION, ChannelKind.CHAT, Optional.empty()));
	}
}
