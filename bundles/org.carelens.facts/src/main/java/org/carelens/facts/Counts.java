package org.carelens.facts;

/**
 * How often things happened in a conversation.
 *
 * @param agentReplies     public messages by agents (responses)
 * @param customerMessages messages by the customer
 * @param botMessages      messages by bots and the system (auto-acknowledgements): never responses
 * @param internalNotes    non-public agent messages: never responses
 */
public record Counts(int agentReplies, int customerMessages, int botMessages, int internalNotes, int assignments,
		int transfers, int escalations, int reopens) {
}
