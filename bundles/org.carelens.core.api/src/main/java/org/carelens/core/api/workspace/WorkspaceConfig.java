package org.carelens.core.api.workspace;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.core.api.org.Organization;
import org.carelens.core.api.qa.QaScorecard;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.survey.SurveyDefinition;
import org.carelens.core.api.targets.MetricTarget;
import org.carelens.core.api.time.BusinessCalendar;

/**
 * The configuration of a workspace as the rest of CareLens sees it: plain values, whatever it is stored in.
 *
 * @param name            for people
 * @param zone            the zone instants are shown in
 * @param defaultCalendar the id of the calendar used where a policy names none, if any
 * @param organization    sites, managers, teams and agents
 * @param channels        the configured channel instances, by id
 * @param calendars       the business calendars, by id
 * @param slaPolicies     the SLA policies, by id
 * @param surveys         the survey definitions, by id
 * @param targets         the metric targets
 * @param scorecards      the QA scorecards, by id
 */
public record WorkspaceConfig(String name, ZoneId zone, Optional<String> defaultCalendar, Organization organization,
		Map<String, ChannelInstance> channels, Map<String, BusinessCalendar> calendars,
		Map<String, SlaPolicy> slaPolicies, Map<String, SurveyDefinition> surveys, List<MetricTarget> targets,
		Map<String, QaScorecard> scorecards) {

	public WorkspaceConfig {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(defaultCalendar, "defaultCalendar");
		Objects.requireNonNull(organization, "organization");
		channels = Map.copyOf(channels);
		calendars = Map.copyOf(calendars);
		slaPolicies = Map.copyOf(slaPolicies);
		surveys = Map.copyOf(surveys);
		targets = List.copyOf(targets);
		scorecards = Map.copyOf(scorecards);
	}
}
