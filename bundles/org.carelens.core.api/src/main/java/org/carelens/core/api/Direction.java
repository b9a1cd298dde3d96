package org.carelens.core.api;

/**
 * Who initiated a conversation: the customer (inbound) or the business (outbound, e.g. care calls).
 */
public enum Direction implements WireValue {
	INBOUND("in"), OUTBOUND("out");

	private final String wire;

	Direction(String wire) {
		this.wire = wire;
	}

	@Override
	public String wire() {
		return wire;
	}
}
