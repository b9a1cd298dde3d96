package org.carelens.facts;

/**
 * Where a conversation stands against one SLA target.
 */
public enum SlaOutcome {
	/** Done in time. */
	MET,
	/** Done late, or not done by the due time. */
	BREACHED,
	/** Not done yet; whether it is overdue depends on the report instant and the due time. */
	PENDING
}
