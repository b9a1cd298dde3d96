package org.carelens.internal.channels.file;

import java.util.Locale;

/**
 * The ticket fields a CSV column can be mapped to, with the key a mapping file names them by.
 */
public enum Column {
	/** The ticket or conversation number: required. */
	CONVERSATION(true),
	/** When it was opened: required. */
	OPENED_AT(true),
	/** The customer: required; rows without one use the conversation number. */
	CUSTOMER(true),
	/** The source or channel, mapped through the channel values. */
	CHANNEL(false),
	/** The priority, mapped through the priority values. */
	PRIORITY(false),
	/** The status, mapped through the status values to open or resolved. */
	STATUS(false),
	/** The assigned agent. */
	AGENT(false),
	/** When it was assigned; the opening time when missing. */
	ASSIGNED_AT(false),
	/** The agent's team or group. */
	TEAM(false),
	/** The topic, category or help topic. */
	TOPIC(false),
	/** When the first agent reply was sent. */
	FIRST_RESPONSE_AT(false),
	/** Minutes from opening to the first agent reply. */
	FIRST_RESPONSE_MINUTES(false),
	/** Hours from opening to the first agent reply (may be {@code hh:mm:ss}). */
	FIRST_RESPONSE_HOURS(false),
	/** When it was resolved. */
	RESOLVED_AT(false),
	/** When it was closed: the resolution time when there is no resolved time. */
	CLOSED_AT(false),
	/** The satisfaction rating, mapped through the satisfaction values to a CSAT score 1–5. */
	SATISFACTION(false),
	/** Event logs: when this row's update happened. */
	UPDATED_AT(false),
	/** Event logs: what makes this row's update unique within its conversation (an update counter). */
	UPDATE_KEY(false);

	private final boolean required;

	Column(boolean required) {
		this.required = required;
	}

	/** @return whether every mapping must name a column for it */
	public boolean required() {
		return required;
	}

	/** @return its name in a mapping file: lower case */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
