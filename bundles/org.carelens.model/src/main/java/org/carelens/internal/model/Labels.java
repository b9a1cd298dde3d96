package org.carelens.internal.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.carelens.model.Agent;
import org.carelens.model.Calendar;
import org.carelens.model.ChannelInstance;
import org.carelens.model.Identified;
import org.carelens.model.Manager;
import org.carelens.model.QaScorecard;
import org.carelens.model.Site;
import org.carelens.model.SlaPolicy;
import org.carelens.model.Survey;
import org.carelens.model.Team;
import org.carelens.model.Weekday;

/**
 * How validation messages name the elements of a workspace, e.g. {@code Team 't-hn-1'}.
 */
public final class Labels {

	private Labels() {
	}

	/** @return the kind and id of {@code element}, e.g. {@code SLA policy 'std'} */
	public static String of(Identified element) {
		return kind(element) + " '" + text(element.getId()) + "'";
	}

	/** @return the kind of {@code element} as a message starts it, e.g. {@code SLA policy} */
	public static String kind(Identified element) {
		if (element instanceof ChannelInstance) {
			return "Channel";
		} else if (element instanceof Site) {
			return "Site";
		} else if (element instanceof Manager) {
			return "Manager";
		} else if (element instanceof Team) {
			return "Team";
		} else if (element instanceof Agent) {
			return "Agent";
		} else if (element instanceof Calendar) {
			return "Calendar";
		} else if (element instanceof SlaPolicy) {
			return "SLA policy";
		} else if (element instanceof Survey) {
			return "Survey";
		} else if (element instanceof QaScorecard) {
			return "QA scorecard";
		}
		return element.eClass().getName();
	}

	/** @return {@code Monday} for {@link Weekday#MONDAY} */
	public static String day(Weekday day) {
		String name = day.getName();
		return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
	}

	/** @return the text, or the empty string for none */
	public static String text(String value) {
		return value == null ? "" : value;
	}

	/** @return whether {@code value} has no visible text */
	public static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** @return {@code number} without trailing zeros, e.g. {@code 0.9}, {@code 100} */
	public static String number(double number) {
		if (Double.isNaN(number) || Double.isInfinite(number)) {
			return Double.toString(number);
		}
		return new BigDecimal(number).round(new MathContext(10)).stripTrailingZeros()
				.toPlainString();
	}
}
