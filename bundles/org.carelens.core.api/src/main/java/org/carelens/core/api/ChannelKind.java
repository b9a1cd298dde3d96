package org.carelens.core.api;

/**
 * The fixed kinds of channel a contact arrives on; channel <em>instances</em> are configured per workspace.
 */
public enum ChannelKind implements WireValue {
	VOICE, CHAT, EMAIL, SOCIAL, APP, IN_PERSON;

	@Override
	public String wire() {
		return name();
	}
}
