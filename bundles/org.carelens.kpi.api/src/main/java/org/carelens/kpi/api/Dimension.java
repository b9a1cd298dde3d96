package org.carelens.kpi.api;

import java.util.Locale;

/**
 * What a KPI report can be grouped and filtered by, besides the time bucket. The {@link #key()} is the name used on
 * the command line and in the JSON output ({@code "group": {"channel": "EMAIL"}}).
 */
public enum Dimension {
	/** The channel kind: VOICE, CHAT, EMAIL, SOCIAL, APP, IN_PERSON. */
	CHANNEL("channel"),
	/** The configured channel instance, e.g. {@code hotline-1900}. */
	CHANNEL_INSTANCE("channel_instance"),
	/** The agent who owned the conversation at its (last) resolution, or owns it now while open. */
	AGENT("agent"),
	/** That agent's team. */
	TEAM("team"),
	/** That agent's manager. */
	MANAGER("manager"),
	/** That agent's site. */
	SITE("site"),
	/** pre_sale, sale, after_sale. */
	STAGE("stage"),
	/** The latest topic. */
	TOPIC("topic"),
	/** low, normal, high, urgent. */
	PRIORITY("priority"),
	/** in (customer-initiated) or out (business-initiated). */
	DIRECTION("direction");

	private final String key;

	Dimension(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	/**
	 * @throws IllegalArgumentException naming the known dimensions when {@code key} is none of them
	 */
	public static Dimension ofKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		for (Dimension dimension : values()) {
			if (dimension.key.equals(wanted)) {
				return dimension;
			}
		}
		StringBuilder known = new StringBuilder();
		for (Dimension dimension : values()) {
			known.append(known.isEmpty() ? "" : ", ").append(dimension.key);
		}
		throw new IllegalArgumentException("unknown dimension \"" + key + "\" (known: " + known + ")");
	}
}
