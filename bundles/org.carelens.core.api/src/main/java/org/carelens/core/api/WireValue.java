package org.carelens.core.api;

/**
 * An enumerated value with its spelling in the CareLens event format.
 */
public interface WireValue {

	/** @return the value exactly as it is written in an event file */
	String wire();
}
