package org.carelens.core.api.sla;

/**
 * What an SLA target limits.
 */
public enum SlaMetric {
	/** From the start of the episode to the first public reply by an agent. */
	FIRST_RESPONSE,
	/** From a customer's message to the agent's public reply that follows it, for every reply after the first. */
	NEXT_REPLY,
	/** From creation to resolution. */
	RESOLUTION
}
