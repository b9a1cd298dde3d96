package org.carelens.core.api.survey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.SurveyKind;

/**
 * A satisfaction survey of a workspace: what is asked, on which scale, after contacts on which channels.
 *
 * @param id         the id {@code survey.sent} and {@code survey.response} events name
 * @param name       for people
 * @param kind       CSAT, NPS, CES or CSI
 * @param question   the main question (for CSI, the introduction to the attributes)
 * @param comment    the prompt for a free-text comment, when one is asked
 * @param scaleMin   the lowest score
 * @param scaleMax   the highest score
 * @param channels   the channel kinds whose contacts are surveyed
 * @param attributes the rated attributes of a CSI survey; empty for the other kinds
 * @param dispatch   when and to whom it is sent
 */
public record SurveyDefinition(String id, String name, SurveyKind kind, LocalizedText question,
		Optional<LocalizedText> comment, int scaleMin, int scaleMax, Set<ChannelKind> channels,
		List<CsiAttribute> attributes, DispatchPolicy dispatch) {

	public SurveyDefinition {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(question, "question");
		Objects.requireNonNull(comment, "comment");
		Objects.requireNonNull(dispatch, "dispatch");
		if (scaleMin >= scaleMax) {
			throw new IllegalArgumentException("scale " + scaleMin + ".." + scaleMax + " is empty");
		}
		channels = Set.copyOf(channels);
		attributes = List.copyOf(attributes);
	}
}
