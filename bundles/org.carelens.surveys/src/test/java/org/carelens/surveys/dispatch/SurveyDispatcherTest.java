package org.carelens.surveys.dispatch;

import static org.carelens.surveys.dispatch.Conversations.VN;
import static org.carelens.surveys.dispatch.Conversations.opened;
import static org.carelens.surveys.dispatch.Conversations.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.survey.DispatchPolicy;
import org.carelens.core.api.survey.LocalizedText;
import org.carelens.core.api.survey.SurveyDefinition;
import org.carelens.facts.ConversationFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyDispatcherTest {

	@TempDir
	Path folder;

	private static SurveyDefinition survey(String id, SurveyKind kind, ChannelKind channel) {
		DispatchPolicy d = DispatchPolicy.DEFAULT;
		DispatchPolicy everyone = new DispatchPolicy(d.trigger(), d.campaignTopic(), d.closeAfter(), d.delays(), 1.0,
				Duration.ZERO, 9, d.excludedTopics(), List.of(), d.quietHours(), d.linkLifetime());
		return new SurveyDefinition(id, id, kind, new LocalizedText("?", "?"), Optional.empty(), kind.min(),
				kind.max(), EnumSet.of(channel), List.of(), everyone);
	}

	@Test
	void eachRunDecidesWhatIsNewAndTalliesItPerSurvey() throws Exception {
		SurveyDispatcher dispatcher = new SurveyDispatcher(List.of(
				new DispatchPlanner(survey("csat-chat", SurveyKind.CSAT, ChannelKind.CHAT), c -> VN),
				new DispatchPlanner(survey("nps-email", SurveyKind.NPS, ChannelKind.EMAIL), c -> VN)));
		List<ConversationFact> facts = List.of(
				opened("c1", "a", ChannelKind.CHAT, "2026-11-02T10:00").resolved("2026-11-02T10:30").fact(),
				opened("c2", "b", ChannelKind.EMAIL, "2026-11-02T10:00").resolved("2026-11-02T10:30").fact(),
				opened("c3", "c", ChannelKind.CHAT, "2026-11-02T10:00").fact());
		try (DecisionLog log = DecisionLog.open(folder.resolve(SurveyDispatcher.DECISIONS_FILE))) {
			List<SurveyDispatcher.Tally> first = dispatcher.dispatch(facts::forEach, log, vn("2026-11-02T11:00"));
			assertEquals(List.of(
					new SurveyDispatcher.Tally("csat-chat", 1, Map.of(SkipReason.CHANNEL_NOT_SURVEYED, 1L)),
					new SurveyDispatcher.Tally("nps-email", 1, Map.of(SkipReason.CHANNEL_NOT_SURVEYED, 1L))), first,
					"c1 and c2 trigger both surveys, each on its own channel; c3 is open");
			assertEquals(4, log.decisions().size());

			List<ConversationFact> later = List.of(facts.get(0), facts.get(1),
					opened("c3", "c", ChannelKind.CHAT, "2026-11-02T10:00").resolved("2026-11-02T12:00").fact());
			List<SurveyDispatcher.Tally> second = dispatcher.dispatch(later::forEach, log, vn("2026-11-02T12:00"));
			assertEquals(List.of(new SurveyDispatcher.Tally("csat-chat", 1, Map.of()),
					new SurveyDispatcher.Tally("nps-email", 0, Map.of(SkipReason.CHANNEL_NOT_SURVEYED, 1L))), second,
					"only c3 is new");
		}
	}
}
