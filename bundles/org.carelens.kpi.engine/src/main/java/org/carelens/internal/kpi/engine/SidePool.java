package org.carelens.internal.kpi.engine;

import java.util.Arrays;

/**
 * The rarely-present facts of conversations, packed: a conversation that has any gets a slot in one int array,
 * starting with a mask of the groups it has (waiting queue, handling, surveys, QA, SLA, outcome, business
 * durations, reply runs), followed by the fields of those groups only. A call pays for its queue and handling, an
 * e-mail for its SLA and replies, and a conversation with none of them pays nothing. A replaced row gets a fresh
 * slot; the old one is dropped at the next {@link ColumnTable#compact()}.
 */
final class SidePool {

	static final int QUEUE = 0, HANDLE = 1, SURVEY = 2, QA = 3, SLA = 4, OUTCOME = 5, BUSINESS = 6, REPLIES = 7;
	private static final int[] SIZE = { 5, 2, 6, 2, 5, 1, 2, 2 };
	private static final int GROUPS = SIZE.length;
	/** The offset of a group's first field in a slot with a given mask; the mask itself is at offset 0. */
	static final byte[][] OFFSET = new byte[1 << GROUPS][GROUPS];
	static {
		for (int mask = 0; mask < OFFSET.length; mask++) {
			int offset = 1;
			for (int group = 0; group < GROUPS; group++) {
				OFFSET[mask][group] = (byte) offset;
				if ((mask & (1 << group)) != 0) {
					offset += SIZE[group];
				}
			}
		}
	}

	// fields of QUEUE
	static final int QUEUE_FLAGS = 0, QUEUE_ENTERED = 1, QUEUE_WAIT = 2, QUEUE_ABANDON_WAIT = 3, QUEUE_LEFT = 4;
	static final int QUEUED = 1, ANSWERED = 2, ABANDONED = 4;
	// fields of SURVEY: the four scores as float bits, the deliveries as four bytes, the latest answer
	static final int SURVEY_SENT = 4, SURVEY_RATED_AT = 5;
	// fields of SLA
	static final int SLA_OUTCOMES = 0, SLA_FR_DUE = 1, SLA_RES_DUE = 2, SLA_NEXT = 3, SLA_NEXT_PENDING = 4;
	static final int SLA_APPLIES = 1 << 4;

	int[] pool = new int[1024];
	int used;

	/** @return the start of a new slot with room for the groups of {@code mask}, the mask written */
	int add(int mask) {
		int size = 1;
		for (int group = 0; group < GROUPS; group++) {
			if ((mask & (1 << group)) != 0) {
				size += SIZE[group];
			}
		}
		if (used + size > pool.length) {
			pool = Arrays.copyOf(pool, Math.max(used + size, pool.length + (pool.length >> 1)));
		}
		int slot = used;
		pool[slot] = mask;
		used += size;
		return slot;
	}

	/** @return the index of field {@code field} of {@code group} in the slot at {@code slot} */
	int at(int slot, int group, int field) {
		return slot + OFFSET[pool[slot]][group] + field;
	}

	/** @return the number of ints the slot at {@code slot} takes */
	int sizeOf(int slot) {
		int mask = pool[slot];
		int size = 1;
		for (int group = 0; group < GROUPS; group++) {
			if ((mask & (1 << group)) != 0) {
				size += SIZE[group];
			}
		}
		return size;
	}

	long bytes() {
		return 4L * pool.length;
	}
}
