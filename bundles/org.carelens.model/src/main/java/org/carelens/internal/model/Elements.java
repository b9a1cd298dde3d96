package org.carelens.internal.model;

import java.util.List;

import org.carelens.model.Agent;
import org.carelens.model.Calendar;
import org.carelens.model.CareLensFactory;
import org.carelens.model.ChannelInstance;
import org.carelens.model.ChannelKind;
import org.carelens.model.CsiAttribute;
import org.carelens.model.Holiday;
import org.carelens.model.Manager;
import org.carelens.model.MetricTarget;
import org.carelens.model.OpeningHours;
import org.carelens.model.Priority;
import org.carelens.model.QaCriterion;
import org.carelens.model.QaScorecard;
import org.carelens.model.Setting;
import org.carelens.model.Site;
import org.carelens.model.SlaMetric;
import org.carelens.model.SlaPolicy;
import org.carelens.model.SlaTarget;
import org.carelens.model.Survey;
import org.carelens.model.SurveyKind;
import org.carelens.model.TargetDirection;
import org.carelens.model.Team;
import org.carelens.model.Weekday;
import org.carelens.model.Workspace;

/**
 * Short ways to add elements to a workspace model, for the demo configuration and tests; a {@code null} argument
 * leaves the optional feature unset.
 */
public final class Elements {

	private static final CareLensFactory FACTORY = CareLensFactory.eINSTANCE;

	private final Workspace workspace;

	public Elements(Workspace workspace) {
		this.workspace = workspace;
	}

	/** @return a new empty workspace named {@code name} in Asia/Ho_Chi_Minh */
	public static Workspace workspace(String name) {
		Workspace workspace = FACTORY.createWorkspace();
		workspace.setName(name);
		return workspace;
	}

	public ChannelInstance channel(String id, String name, ChannelKind kind, String connectorId, String... settings) {
		ChannelInstance channel = FACTORY.createChannelInstance();
		channel.setId(id);
		channel.setName(name);
		channel.setKind(kind);
		channel.setConnectorId(connectorId);
		for (int i = 0; i + 1 < settings.length; i += 2) {
			Setting setting = FACTORY.createSetting();
			setting.setKey(settings[i]);
			setting.setValue(settings[i + 1]);
			channel.getSettings().add(setting);
		}
		workspace.getChannels().add(channel);
		return channel;
	}

	public Site site(String id, String name, String country, String region) {
		Site site = FACTORY.createSite();
		site.setId(id);
		site.setName(name);
		site.setCountry(country);
		site.setRegion(region);
		workspace.getSites().add(site);
		return site;
	}

	public Manager manager(String id, String name, Site site) {
		Manager manager = FACTORY.createManager();
		manager.setId(id);
		manager.setName(name);
		manager.setSite(site);
		workspace.getManagers().add(manager);
		return manager;
	}

	public Team team(String id, String name, Site site, Manager manager) {
		Team team = FACTORY.createTeam();
		team.setId(id);
		team.setName(name);
		team.setSite(site);
		team.setManager(manager);
		workspace.getTeams().add(team);
		return team;
	}

	public Agent agent(String id, String name, Team team, Site site) {
		Agent agent = FACTORY.createAgent();
		agent.setId(id);
		agent.setName(name);
		agent.setTeam(team);
		agent.setSite(site);
		workspace.getAgents().add(agent);
		return agent;
	}

	public Calendar calendar(String id, String name, String zone) {
		Calendar calendar = FACTORY.createCalendar();
		calendar.setId(id);
		calendar.setName(name);
		calendar.setZone(zone);
		workspace.getCalendars().add(calendar);
		return calendar;
	}

	/** Adds the range {@code start}–{@code end} (HH:mm) to {@code day}; a break is a gap between two ranges. */
	public static OpeningHours hours(Calendar calendar, Weekday day, String start, String end) {
		OpeningHours hours = FACTORY.createOpeningHours();
		hours.setDay(day);
		hours.setStart(start);
		hours.setEnd(end);
		calendar.getHours().add(hours);
		return hours;
	}

	/** @param date YYYY-MM-DD */
	public static Holiday holiday(Calendar calendar, String date, String name) {
		Holiday holiday = FACTORY.createHoliday();
		holiday.setDate(date);
		holiday.setName(name);
		calendar.getHolidays().add(holiday);
		return holiday;
	}

	public SlaPolicy policy(String id, String name, Calendar calendar) {
		SlaPolicy policy = FACTORY.createSlaPolicy();
		policy.setId(id);
		policy.setName(name);
		policy.setCalendar(calendar);
		workspace.getSlaPolicies().add(policy);
		return policy;
	}

	/** @param limit an ISO-8601 duration or a number of seconds */
	public static SlaTarget target(SlaPolicy policy, SlaMetric metric, ChannelKind channel, Priority priority,
			String limit) {
		SlaTarget target = FACTORY.createSlaTarget();
		target.setMetric(metric);
		if (channel != null) {
			target.setChannel(channel);
		}
		if (priority != null) {
			target.setPriority(priority);
		}
		target.setLimit(limit);
		policy.getTargets().add(target);
		return target;
	}

	public Survey survey(String id, String name, SurveyKind kind, String questionVi, String questionEn, int min,
			int max, ChannelKind... channels) {
		Survey survey = FACTORY.createSurvey();
		survey.setId(id);
		survey.setName(name);
		survey.setKind(kind);
		survey.setQuestionVi(questionVi);
		survey.setQuestionEn(questionEn);
		survey.setScaleMin(min);
		survey.setScaleMax(max);
		survey.getChannels().addAll(List.of(channels));
		workspace.getSurveys().add(survey);
		return survey;
	}

	public static CsiAttribute attribute(Survey survey, String key, String questionVi, String questionEn,
			double weight) {
		CsiAttribute attribute = FACTORY.createCsiAttribute();
		attribute.setKey(key);
		attribute.setQuestionVi(questionVi);
		attribute.setQuestionEn(questionEn);
		attribute.setWeight(weight);
		survey.getAttributes().add(attribute);
		return attribute;
	}

	public MetricTarget metricTarget(String metric, ChannelKind kind, Team team, ChannelInstance channel, double value,
			TargetDirection direction) {
		MetricTarget target = FACTORY.createMetricTarget();
		target.setMetric(metric);
		if (kind != null) {
			target.setChannelKind(kind);
		}
		target.setTeam(team);
		target.setChannel(channel);
		target.setValue(value);
		target.setDirection(direction);
		workspace.getMetricTargets().add(target);
		return target;
	}

	public QaScorecard scorecard(String id, String name) {
		QaScorecard scorecard = FACTORY.createQaScorecard();
		scorecard.setId(id);
		scorecard.setName(name);
		workspace.getScorecards().add(scorecard);
		return scorecard;
	}

	public static QaCriterion criterion(QaScorecard scorecard, String key, String name, double weight,
			boolean critical) {
		QaCriterion criterion = FACTORY.createQaCriterion();
		criterion.setKey(key);
		criterion.setName(name);
		criterion.setWeight(weight);
		criterion.setCritical(critical);
		scorecard.getCriteria().add(criterion);
		return criterion;
	}
}
