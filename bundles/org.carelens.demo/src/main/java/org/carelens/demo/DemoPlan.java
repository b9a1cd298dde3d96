package org.carelens.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.org.Organization;

/**
 * What demo events are generated for: the organisation and who serves which channel, the channel instances,
 * the SLA policy and surveys per channel, the period and the number of conversations.
 *
 * @param conversations   how many conversations to generate
 * @param seed            the same seed gives the same events
 * @param firstDay        the first day of the period, in {@code zone}
 * @param days            the length of the period
 * @param zone            the zone of opening hours and arrival peaks
 * @param organization    sites, managers, teams and agents
 * @param teamsByChannel  the teams serving each channel kind; every kind in {@code instances} needs one
 * @param instances       the channel instances of each kind, with their share of the kind's volume
 * @param slaPolicies     the SLA policy each channel kind's conversations name
 * @param surveys         the survey id per kind of survey, e.g. {@code csat -> csat-2026}
 * @param scorecard       the QA scorecard reviews use
 * @param closedDays      days the business is closed (Tết, 30/4, 1/5, 2/9): few contacts, none in person
 */
public record DemoPlan(int conversations, long seed, LocalDate firstDay, int days, ZoneId zone,
		Organization organization, Map<ChannelKind, List<String>> teamsByChannel,
		Map<ChannelKind, List<String>> instances, Map<ChannelKind, String> slaPolicies, Map<String, String> surveys,
		String scorecard, Set<LocalDate> closedDays) {

	public DemoPlan {
		if (conversations < 0) {
			throw new IllegalArgumentException("a negative number of conversations: " + conversations);
		}
		if (days < 1) {
			throw new IllegalArgumentException("the period needs at least one day: " + days);
		}
		Objects.requireNonNull(firstDay, "firstDay");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(organization, "organization");
		Objects.requireNonNull(scorecard, "scorecard");
		teamsByChannel = Map.copyOf(teamsByChannel);
		instances = Map.copyOf(instances);
		slaPolicies = Map.copyOf(slaPolicies);
		surveys = Map.copyOf(surveys);
		closedDays = Set.copyOf(closedDays);
		for (ChannelKind kind : instances.keySet()) {
			List<String> teams = teamsByChannel.get(kind);
			if (teams == null || teams.isEmpty()) {
				throw new IllegalArgumentException("no team serves " + kind + ", which has instances " + instances.get(kind));
			}
			for (String team : teams) {
				if (organization.team(team).isEmpty()) {
					throw new IllegalArgumentException("team '" + team + "' serving " + kind + " is not in the organisation");
				}
				if (organization.agents().stream().noneMatch(a -> a.team().filter(team::equals).isPresent())) {
					throw new IllegalArgumentException("team '" + team + "' serving " + kind + " has no agents");
				}
			}
		}
	}

	/** @return a copy with another number of conversations and seed */
	public DemoPlan with(int conversations, long seed) {
		return new DemoPlan(conversations, seed, firstDay, days, zone, organization, teamsByChannel, instances,
				slaPolicies, surveys, scorecard, closedDays);
	}
}
