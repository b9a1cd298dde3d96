package org.carelens.kpi.api;

/**
 * Which instant of a conversation puts it into a time bucket and into the time range of a report (METRICS.md,
 * "Period attribution"): a count metric attributes a conversation to the period in which the counted event
 * happened. A conversation that lacks the instant (an unresolved one, for {@link #RESOLVED}) is left out.
 */
public enum Attribution {
	/** Creation: volumes, response times, rates over created conversations. */
	OPENED,
	/** The latest resolution, while the conversation is resolved: resolutions, resolution times, FCR, reopens. */
	RESOLVED,
	/** The first resolution: first resolution times and reopens (a reopen follows a resolution). */
	FIRST_RESOLVED,
	/** The latest survey response of any kind: satisfaction scores. */
	RATED,
	/** The latest QA review. */
	REVIEWED
}
