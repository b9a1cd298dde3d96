package org.carelens.internal.model;

import java.util.HashSet;
import java.util.Set;

import org.carelens.model.ChannelDelay;
import org.carelens.model.ChannelKind;
import org.carelens.model.CsiAttribute;
import org.carelens.model.DispatchPolicy;
import org.carelens.model.Survey;
import org.carelens.model.SurveyKind;
import org.carelens.model.SurveyTrigger;
import org.carelens.model.Workspace;

/**
 * A survey asks its question in Vietnamese and English on a non-empty scale (the standard one of its kind, except
 * for CSI, whose attributes may be rated on any scale), is sent on some channel, and a CSI survey has distinct
 * attributes with positive weights adding up to 1. Its dispatch policy, when it has one, spells durations and times
 * that parse, samples 0–100%, caps at least one survey per customer, and a campaign survey names its campaign.
 */
final class SurveyRules {

	/** Weights are decimals people type; sums such as 0.25 + 0.25 + 0.2 + 0.15 + 0.15 are not exact in binary. */
	private static final double TOLERANCE = 1e-6;

	private SurveyRules() {
	}

	static void check(Workspace workspace, Problems problems) {
		for (Survey survey : workspace.getSurveys()) {
			String label = Labels.of(survey);
			if (Labels.blank(survey.getQuestionVi())) {
				problems.error(survey, label + " has no Vietnamese question");
			}
			if (Labels.blank(survey.getQuestionEn())) {
				problems.error(survey, label + " has no English question");
			}
			if (survey.getScaleMin() >= survey.getScaleMax()) {
				problems.error(survey, label + " has scale " + survey.getScaleMin() + ".." + survey.getScaleMax()
						+ "; the minimum must be below the maximum");
			} else if (survey.getKind() != SurveyKind.CSI) {
				org.carelens.core.api.SurveyKind kind = org.carelens.core.api.SurveyKind.valueOf(survey.getKind().getName());
				if (survey.getScaleMin() != kind.min() || survey.getScaleMax() != kind.max()) {
					problems.error(survey, label + " is " + kind.name() + ", whose scale is " + kind.min() + ".."
							+ kind.max() + ", not " + survey.getScaleMin() + ".." + survey.getScaleMax());
				}
			}
			if (survey.getChannels().isEmpty()) {
				problems.error(survey, label + " is sent on no channel");
			}
			attributes(survey, label, problems);
			dispatch(survey, label, problems);
		}
	}

	private static void dispatch(Survey survey, String label, Problems problems) {
		DispatchPolicy policy = survey.getDispatch();
		if (policy == null) {
			return;
		}
		if (policy.getTrigger() == SurveyTrigger.CAMPAIGN && Labels.blank(policy.getCampaignTopic())) {
			problems.error(survey, label + " is sent after a campaign but names no campaign topic");
		}
		duration(survey, label + " closeAfter", policy.getCloseAfter(), problems);
		duration(survey, label + " linkLifetime", policy.getLinkLifetime(), problems);
		if (!Labels.blank(policy.getLinkLifetime())
				&& Durations.parse(policy.getLinkLifetime()).filter(d -> d.isZero()).isPresent()) {
			problems.error(survey, label + " has a survey link that expires at once (linkLifetime 0)");
		}
		Set<ChannelKind> delayed = new HashSet<>();
		for (ChannelDelay delay : policy.getDelays()) {
			if (!delayed.add(delay.getChannel())) {
				problems.error(survey, label + " gives the delay on " + delay.getChannel().getLiteral().toLowerCase()
						+ " twice");
			}
			if (Labels.blank(delay.getDelay())) {
				problems.error(survey, label + " has a delay on " + delay.getChannel().getLiteral().toLowerCase()
						+ " without a duration");
			} else {
				duration(survey, label + " delay on " + delay.getChannel().getLiteral().toLowerCase(), delay.getDelay(),
						problems);
			}
		}
		if (policy.isSetSamplingPercent()
				&& !(policy.getSamplingPercent() >= 0 && policy.getSamplingPercent() <= 100)) {
			problems.error(survey, label + " samples " + policy.getSamplingPercent()
					+ "% of conversations; a sampling rate is from 0 to 100");
		}
		if (policy.isSetRestDays() && policy.getRestDays() < 0) {
			problems.error(survey, label + " has restDays " + policy.getRestDays() + "; it cannot be negative");
		}
		if (policy.isSetMaxPer30Days() && policy.getMaxPer30Days() < 1) {
			problems.error(survey, label + " allows " + policy.getMaxPer30Days()
					+ " surveys per customer in 30 days; at least 1");
		}
		time(survey, label + " quietFrom", policy.getQuietFrom(), problems);
		time(survey, label + " quietUntil", policy.getQuietUntil(), problems);
		if (Labels.blank(policy.getQuietFrom()) != Labels.blank(policy.getQuietUntil())) {
			problems.error(survey, label + " has quiet hours with only one end; give quietFrom and quietUntil");
		}
	}

	private static void duration(Survey survey, String what, String text, Problems problems) {
		if (!Labels.blank(text) && Durations.parse(text).filter(d -> !d.isNegative()).isEmpty()) {
			problems.error(survey, what + " is '" + text
					+ "', which is not a duration (ISO-8601 such as PT24H, or whole seconds)");
		}
	}

	private static void time(Survey survey, String what, String text, Problems problems) {
		if (!Labels.blank(text) && TimeZones.time(text).isEmpty()) {
			problems.error(survey, what + " is '" + text + "', which is not a time HH:MM");
		}
	}

	private static void attributes(Survey survey, String label, Problems problems) {
		if (survey.getKind() != SurveyKind.CSI) {
			if (!survey.getAttributes().isEmpty()) {
				problems.error(survey, label + " is " + survey.getKind().getName() + " but has CSI attributes");
			}
			return;
		}
		if (survey.getAttributes().isEmpty()) {
			problems.error(survey, label + " has no CSI attributes");
			return;
		}
		Set<String> keys = new HashSet<>();
		double sum = 0;
		boolean allPositive = true;
		for (CsiAttribute attribute : survey.getAttributes()) {
			String key = Labels.text(attribute.getKey());
			if (Labels.blank(attribute.getKey())) {
				problems.error(survey, label + " has a CSI attribute without a key");
			} else if (!keys.add(key)) {
				problems.error(survey, label + " has CSI attribute '" + key + "' twice");
			}
			if (Labels.blank(attribute.getQuestionVi()) || Labels.blank(attribute.getQuestionEn())) {
				problems.error(survey, label + " CSI attribute '" + key + "' needs a question in Vietnamese and English");
			}
			if (!(attribute.getWeight() > 0)) {
				allPositive = false;
				problems.error(survey, label + " gives CSI attribute '" + key + "' weight "
						+ Labels.number(attribute.getWeight()) + "; weights must be positive");
			}
			sum += attribute.getWeight();
		}
		if (allPositive && Math.abs(sum - 1) > TOLERANCE) {
			problems.error(survey, label + " CSI weights add up to " + Labels.number(sum) + ", not 1");
		}
	}
}
