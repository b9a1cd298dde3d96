package org.carelens.internal.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.core.api.org.Team;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.sla.SlaTarget;
import org.carelens.core.api.survey.SurveyDefinition;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.core.api.time.Holiday;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.demo.DemoPlan;

/**
 * Derives what to generate from the demo workspace's configuration.
 * <p>
 * The configuration does not say which team serves which channel; the demo's teams say it in their ids,
 * {@code team-<site>-<voice|chat|email|social|store|omni>}: a chat team also serves in-app chat, an omni team every
 * written channel and the phone.
 */
final class DemoPlans {

	private DemoPlans() {
	}

	static DemoPlan of(WorkspaceConfig config, int conversations, long seed, LocalDate firstDay, int days) {
		Map<ChannelKind, List<String>> instances = new EnumMap<>(ChannelKind.class);
		for (ChannelInstance instance : new TreeMap<>(config.channels()).values()) {
			instances.computeIfAbsent(instance.kind(), k -> new ArrayList<>()).add(instance.id());
		}
		Map<ChannelKind, List<String>> teams = new EnumMap<>(ChannelKind.class);
		List<Team> sorted = new ArrayList<>(config.organization().teams());
		sorted.sort(java.util.Comparator.comparing(Team::id));
		for (Team team : sorted) {
			for (ChannelKind kind : served(team.id())) {
				teams.computeIfAbsent(kind, k -> new ArrayList<>()).add(team.id());
			}
		}
		Map<ChannelKind, String> policies = new EnumMap<>(ChannelKind.class);
		for (SlaPolicy policy : new TreeMap<>(config.slaPolicies()).values()) {
			for (SlaTarget target : policy.targets()) {
				target.channel().ifPresent(kind -> policies.putIfAbsent(kind, policy.id()));
			}
		}
		Map<String, String> surveys = new TreeMap<>();
		for (SurveyDefinition survey : new TreeMap<>(config.surveys()).values()) {
			surveys.putIfAbsent(survey.kind().wire(), survey.id());
		}
		String scorecard = new TreeMap<>(config.scorecards()).keySet().stream().findFirst()
				.orElseThrow(() -> new IllegalStateException("the demo configuration has no QA scorecard"));
		Set<LocalDate> closed = new HashSet<>();
		config.defaultCalendar().map(config.calendars()::get).map(BusinessCalendar::holidays)
				.ifPresent(holidays -> holidays.stream().map(Holiday::date).forEach(closed::add));
		return new DemoPlan(conversations, seed, firstDay, days, config.zone(), config.organization(), teams, instances,
				policies, surveys, scorecard, closed);
	}

	private static List<ChannelKind> served(String teamId) {
		String role = teamId.substring(teamId.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
		return switch (role) {
		case "voice" -> List.of(ChannelKind.VOICE);
		case "chat" -> List.of(ChannelKind.CHAT, ChannelKind.APP);
		case "email" -> List.of(ChannelKind.EMAIL);
		case "social" -> List.of(ChannelKind.SOCIAL);
		case "store" -> List.of(ChannelKind.IN_PERSON);
		case "omni" -> List.of(ChannelKind.VOICE, ChannelKind.CHAT, ChannelKind.EMAIL, ChannelKind.SOCIAL,
				ChannelKind.APP);
		default -> List.of();
		};
	}
}
