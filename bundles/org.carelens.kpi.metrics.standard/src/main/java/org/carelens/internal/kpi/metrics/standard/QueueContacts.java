package org.carelens.internal.kpi.metrics.standard;

import org.carelens.kpi.api.FactRow;

/**
 * The denominator of service level and abandon rate: answered + abandoned - short abandons, over queued contacts.
 */
final class QueueContacts {

	static final String THRESHOLD = "service_level.threshold_s";
	static final double DEFAULT_THRESHOLD_S = 20;
	static final String SHORT_ABANDON = "abandon.short_s";
	static final double DEFAULT_SHORT_ABANDON_S = 5;

	private QueueContacts() {
	}

	/** @return whether the contact counts: answered from the queue, or abandoned after the short-abandon time */
	static boolean counts(FactRow row, long shortAbandon) {
		if (row.waitSeconds() != FactRow.NONE) {
			return true;
		}
		if (!row.abandoned()) {
			return false;
		}
		long waited = row.abandonWaitSeconds();
		return waited == FactRow.NONE || waited >= shortAbandon;
	}
}
