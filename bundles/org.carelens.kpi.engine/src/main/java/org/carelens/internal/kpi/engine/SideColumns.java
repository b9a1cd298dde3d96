package org.carelens.internal.kpi.engine;

import java.util.Arrays;

/**
 * The rarely-present facts of conversations, one slot per conversation that has any: waiting queue, handling,
 * surveys, QA, SLA, outcome, and business durations that differ from the wall clock. A row without any of them
 * has no slot, which is what keeps the table small; a replaced row gets a fresh slot and its old one is dropped at
 * the next {@link ColumnTable#compact()}.
 */
final class SideColumns {

	static final int QUEUED = 1, ANSWERED = 2, ABANDONED = 4, SLA_APPLIES = 8, BUSINESS = 16;
	static final int KINDS = 4;

	byte[] flags = new byte[0];
	int[] queueEntered = new int[0];
	int[] wait = new int[0];
	int[] abandonWait = new int[0];
	int[] queueLeft = new int[0];
	short[] handled = new short[0];
	int[] handleSeconds = new int[0];
	final float[][] score = new float[KINDS][0];
	final byte[][] sent = new byte[KINDS][0];
	int[] ratedAt = new int[0];
	float[] qa = new float[0];
	int[] reviewedAt = new int[0];
	byte[] slaOutcomes = new byte[0];
	int[] frDue = new int[0];
	int[] resDue = new int[0];
	short[] nextChecked = new short[0];
	short[] nextBreached = new short[0];
	int[] nextPendingDue = new int[0];
	int[] outcome = new int[0];
	int[] resolutionBusiness = new int[0];
	int[] firstResolutionBusiness = new int[0];
	int size;

	int add() {
		if (size == flags.length) {
			grow(Math.max(1024, size * 2));
		}
		return size++;
	}

	private void grow(int capacity) {
		flags = Arrays.copyOf(flags, capacity);
		queueEntered = Arrays.copyOf(queueEntered, capacity);
		wait = Arrays.copyOf(wait, capacity);
		abandonWait = Arrays.copyOf(abandonWait, capacity);
		queueLeft = Arrays.copyOf(queueLeft, capacity);
		handled = Arrays.copyOf(handled, capacity);
		handleSeconds = Arrays.copyOf(handleSeconds, capacity);
		for (int k = 0; k < KINDS; k++) {
			score[k] = Arrays.copyOf(score[k], capacity);
			sent[k] = Arrays.copyOf(sent[k], capacity);
		}
		ratedAt = Arrays.copyOf(ratedAt, capacity);
		qa = Arrays.copyOf(qa, capacity);
		reviewedAt = Arrays.copyOf(reviewedAt, capacity);
		slaOutcomes = Arrays.copyOf(slaOutcomes, capacity);
		frDue = Arrays.copyOf(frDue, capacity);
		resDue = Arrays.copyOf(resDue, capacity);
		nextChecked = Arrays.copyOf(nextChecked, capacity);
		nextBreached = Arrays.copyOf(nextBreached, capacity);
		nextPendingDue = Arrays.copyOf(nextPendingDue, capacity);
		outcome = Arrays.copyOf(outcome, capacity);
		resolutionBusiness = Arrays.copyOf(resolutionBusiness, capacity);
		firstResolutionBusiness = Arrays.copyOf(firstResolutionBusiness, capacity);
	}

	/** Copies slot {@code from} of {@code source} into a new slot here; for compaction. */
	int copy(SideColumns source, int from) {
		int to = add();
		flags[to] = source.flags[from];
		queueEntered[to] = source.queueEntered[from];
		wait[to] = source.wait[from];
		abandonWait[to] = source.abandonWait[from];
		queueLeft[to] = source.queueLeft[from];
		handled[to] = source.handled[from];
		handleSeconds[to] = source.handleSeconds[from];
		for (int k = 0; k < KINDS; k++) {
			score[k][to] = source.score[k][from];
			sent[k][to] = source.sent[k][from];
		}
		ratedAt[to] = source.ratedAt[from];
		qa[to] = source.qa[from];
		reviewedAt[to] = source.reviewedAt[from];
		slaOutcomes[to] = source.slaOutcomes[from];
		frDue[to] = source.frDue[from];
		resDue[to] = source.resDue[from];
		nextChecked[to] = source.nextChecked[from];
		nextBreached[to] = source.nextBreached[from];
		nextPendingDue[to] = source.nextPendingDue[from];
		outcome[to] = source.outcome[from];
		resolutionBusiness[to] = source.resolutionBusiness[from];
		firstResolutionBusiness[to] = source.firstResolutionBusiness[from];
		return to;
	}

	/** @return bytes per slot times the slots allocated */
	long bytes() {
		return (long) flags.length * (1 + 4 * 4 + 2 + 4 + KINDS * 5 + 4 + 4 + 4 + 1 + 4 + 4 + 2 + 2 + 4 + 4 + 4 + 4);
	}
}
