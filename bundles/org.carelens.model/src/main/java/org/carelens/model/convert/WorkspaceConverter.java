package org.carelens.model.convert;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Priority;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.core.api.org.Agent;
import org.carelens.core.api.org.Manager;
import org.carelens.core.api.org.Organization;
import org.carelens.core.api.org.Site;
import org.carelens.core.api.org.Team;
import org.carelens.core.api.qa.QaCriterion;
import org.carelens.core.api.qa.QaScorecard;
import org.carelens.core.api.sla.SlaMetric;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.sla.SlaTarget;
import org.carelens.core.api.survey.CsiAttribute;
import org.carelens.core.api.survey.DispatchPolicy;
import org.carelens.core.api.survey.QuietHours;
import org.carelens.core.api.survey.SurveyTrigger;
import org.carelens.core.api.survey.LocalizedText;
import org.carelens.core.api.survey.SurveyDefinition;
import org.carelens.core.api.targets.MetricTarget;
import org.carelens.core.api.targets.TargetDirection;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.core.api.time.Holiday;
import org.carelens.core.api.time.TimeRange;
import org.carelens.core.api.time.WeeklyHours;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.internal.model.Durations;
import org.carelens.internal.model.TimeZones;
import org.carelens.model.Calendar;
import org.carelens.model.Identified;
import org.carelens.model.OpeningHours;
import org.carelens.model.Setting;
import org.carelens.model.Survey;
import org.carelens.model.Workspace;

/**
 * Converts a workspace configuration model into the plain-Java API values the rest of CareLens works with, so
 * that no layer but this bundle sees EMF.
 *
 * <p>
 * The workspace must be valid ({@code WorkspaceValidator.validate} empty): an invalid one fails with an
 * {@link IllegalArgumentException} at the first value the API types refuse.
 */
public final class WorkspaceConverter {

	private WorkspaceConverter() {
	}

	/** @return every part of the configuration, converted */
	public static WorkspaceConfig config(Workspace workspace) {
		return new WorkspaceConfig(workspace.getName(), zone(workspace.getTimeZone()),
				id(workspace.getDefaultCalendar()), organization(workspace), channels(workspace), calendars(workspace),
				slaPolicies(workspace), surveys(workspace), targets(workspace), scorecards(workspace));
	}

	public static Organization organization(Workspace workspace) {
		List<Site> sites = new ArrayList<>();
		for (org.carelens.model.Site site : workspace.getSites()) {
			sites.add(new Site(site.getId(), site.getName(), text(site.getCountry()), text(site.getRegion())));
		}
		List<Manager> managers = new ArrayList<>();
		for (org.carelens.model.Manager manager : workspace.getManagers()) {
			managers.add(new Manager(manager.getId(), manager.getName(), id(manager.getSite())));
		}
		List<Team> teams = new ArrayList<>();
		for (org.carelens.model.Team team : workspace.getTeams()) {
			teams.add(new Team(team.getId(), team.getName(), id(team.getSite()), id(team.getManager())));
		}
		List<Agent> agents = new ArrayList<>();
		for (org.carelens.model.Agent agent : workspace.getAgents()) {
			agents.add(new Agent(agent.getId(), agent.getName(), id(agent.getTeam()), id(agent.getSite())));
		}
		return new Organization(sites, managers, teams, agents);
	}

	/** @return the channel instances by id, in the order of the configuration */
	public static Map<String, ChannelInstance> channels(Workspace workspace) {
		Map<String, ChannelInstance> channels = new LinkedHashMap<>();
		for (org.carelens.model.ChannelInstance channel : workspace.getChannels()) {
			Map<String, String> settings = new LinkedHashMap<>();
			for (Setting setting : channel.getSettings()) {
				settings.put(setting.getKey(), setting.getValue() == null ? "" : setting.getValue());
			}
			channels.put(channel.getId(), new ChannelInstance(channel.getId(), channel.getName(),
					kind(channel.getKind()), channel.getConnectorId(), settings));
		}
		return channels;
	}

	/** @return the business calendars by id */
	public static Map<String, BusinessCalendar> calendars(Workspace workspace) {
		Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
		for (Calendar calendar : workspace.getCalendars()) {
			calendars.put(calendar.getId(), calendar(calendar));
		}
		return calendars;
	}

	static BusinessCalendar calendar(Calendar calendar) {
		Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
		for (OpeningHours hours : calendar.getHours()) {
			TimeRange range = TimeZones.range(hours).orElseThrow(() -> new IllegalArgumentException(
					"calendar " + calendar.getId() + " has hours that are not a time range: " + hours.getStart() + "-"
							+ hours.getEnd()));
			days.computeIfAbsent(DayOfWeek.of(hours.getDay().getValue()), d -> new ArrayList<>()).add(range);
		}
		List<Holiday> holidays = new ArrayList<>();
		for (org.carelens.model.Holiday holiday : calendar.getHolidays()) {
			LocalDate date = TimeZones.date(holiday.getDate()).orElseThrow(() -> new IllegalArgumentException(
					"calendar " + calendar.getId() + " has a holiday that is not a date: " + holiday.getDate()));
			holidays.add(new Holiday(date, holiday.getName()));
		}
		return new BusinessCalendar(calendar.getId(), calendar.getName(), zone(calendar.getZone()),
				new WeeklyHours(days), holidays);
	}

	/** @return the SLA policies by id */
	public static Map<String, SlaPolicy> slaPolicies(Workspace workspace) {
		Map<String, SlaPolicy> policies = new LinkedHashMap<>();
		for (org.carelens.model.SlaPolicy policy : workspace.getSlaPolicies()) {
			List<SlaTarget> targets = new ArrayList<>();
			for (org.carelens.model.SlaTarget target : policy.getTargets()) {
				Duration limit = Durations.parse(target.getLimit()).orElseThrow(() -> new IllegalArgumentException(
						"SLA policy " + policy.getId() + " has a limit that is not a duration: " + target.getLimit()));
				targets.add(new SlaTarget(SlaMetric.valueOf(target.getMetric().getName()),
						target.isSetChannel() ? Optional.of(kind(target.getChannel())) : Optional.empty(),
						target.isSetPriority() ? Optional.of(Priority.valueOf(target.getPriority().getName()))
								: Optional.empty(),
						limit));
			}
			policies.put(policy.getId(), new SlaPolicy(policy.getId(), policy.getName(), id(policy.getCalendar()),
					targets));
		}
		return policies;
	}

	/** @return the survey definitions by id */
	public static Map<String, SurveyDefinition> surveys(Workspace workspace) {
		Map<String, SurveyDefinition> surveys = new LinkedHashMap<>();
		for (Survey survey : workspace.getSurveys()) {
			List<CsiAttribute> attributes = new ArrayList<>();
			for (org.carelens.model.CsiAttribute attribute : survey.getAttributes()) {
				attributes.add(new CsiAttribute(attribute.getKey(),
						new LocalizedText(attribute.getQuestionVi(), attribute.getQuestionEn()), attribute.getWeight()));
			}
			Optional<LocalizedText> comment = text(survey.getCommentVi()).isPresent()
					|| text(survey.getCommentEn()).isPresent()
							? Optional.of(new LocalizedText(text(survey.getCommentVi()).orElse(""),
									text(survey.getCommentEn()).orElse("")))
							: Optional.empty();
			Set<ChannelKind> channels = new LinkedHashSet<>();
			for (org.carelens.model.ChannelKind kind : survey.getChannels()) {
				channels.add(kind(kind));
			}
			surveys.put(survey.getId(), new SurveyDefinition(survey.getId(), survey.getName(),
					SurveyKind.valueOf(survey.getKind().getName()),
					new LocalizedText(survey.getQuestionVi(), survey.getQuestionEn()), comment, survey.getScaleMin(),
					survey.getScaleMax(), channels, attributes, dispatch(survey.getDispatch())));
		}
		return surveys;
	}

	/** @return the API policy of {@code policy}, its unset attributes taking {@link DispatchPolicy#DEFAULT}'s values */
	static DispatchPolicy dispatch(org.carelens.model.DispatchPolicy policy) {
		if (policy == null) {
			return DispatchPolicy.DEFAULT;
		}
		DispatchPolicy defaults = DispatchPolicy.DEFAULT;
		Map<ChannelKind, Duration> delays = new EnumMap<>(ChannelKind.class);
		for (org.carelens.model.ChannelDelay delay : policy.getDelays()) {
			delays.put(kind(delay.getChannel()), Durations.parse(delay.getDelay()).orElseThrow(
					() -> new IllegalArgumentException("a survey delay is not a duration: " + delay.getDelay())));
		}
		QuietHours quiet = policy.getQuietFrom() == null && policy.getQuietUntil() == null ? defaults.quietHours()
				: new QuietHours(
						TimeZones.time(policy.getQuietFrom()).orElse(defaults.quietHours().from()),
						TimeZones.time(policy.getQuietUntil()).orElse(defaults.quietHours().until()));
		return new DispatchPolicy(SurveyTrigger.valueOf(policy.getTrigger().getName()), text(policy.getCampaignTopic()),
				Durations.parse(policy.getCloseAfter()).orElse(defaults.closeAfter()), delays,
				policy.isSetSamplingPercent() ? policy.getSamplingPercent() / 100 : defaults.samplingRate(),
				policy.isSetRestDays() ? Duration.ofDays(policy.getRestDays()) : defaults.restPeriod(),
				policy.isSetMaxPer30Days() ? policy.getMaxPer30Days() : defaults.maxPer30Days(),
				policy.getExcludedTopics().isEmpty() ? defaults.excludedTopics() : Set.copyOf(policy.getExcludedTopics()),
				List.copyOf(policy.getInternalCustomers()), quiet,
				Durations.parse(policy.getLinkLifetime()).orElse(defaults.linkLifetime()));
	}

	/** @return the metric targets, in the order of the configuration */
	public static List<MetricTarget> targets(Workspace workspace) {
		List<MetricTarget> targets = new ArrayList<>();
		for (org.carelens.model.MetricTarget target : workspace.getMetricTargets()) {
			targets.add(new MetricTarget(target.getMetric(),
					target.isSetChannelKind() ? Optional.of(kind(target.getChannelKind())) : Optional.empty(),
					id(target.getTeam()), id(target.getChannel()), target.getValue(),
					TargetDirection.valueOf(target.getDirection().getName())));
		}
		return targets;
	}

	/** @return the QA scorecards by id */
	public static Map<String, QaScorecard> scorecards(Workspace workspace) {
		Map<String, QaScorecard> scorecards = new LinkedHashMap<>();
		for (org.carelens.model.QaScorecard scorecard : workspace.getScorecards()) {
			List<QaCriterion> criteria = new ArrayList<>();
			for (org.carelens.model.QaCriterion criterion : scorecard.getCriteria()) {
				criteria.add(new QaCriterion(criterion.getKey(), criterion.getName(), criterion.getWeight(),
						criterion.isCritical()));
			}
			scorecards.put(scorecard.getId(), new QaScorecard(scorecard.getId(), scorecard.getName(), criteria));
		}
		return scorecards;
	}

	private static ChannelKind kind(org.carelens.model.ChannelKind kind) {
		return ChannelKind.valueOf(kind.getName());
	}

	private static ZoneId zone(String zone) {
		return TimeZones.zone(zone).orElseThrow(() -> new IllegalArgumentException("not a time zone: " + zone));
	}

	private static Optional<String> id(Identified element) {
		return element == null ? Optional.empty() : Optional.ofNullable(element.getId());
	}

	private static Optional<String> text(String value) {
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
	}
}
