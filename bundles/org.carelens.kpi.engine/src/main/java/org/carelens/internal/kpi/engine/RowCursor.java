package org.carelens.internal.kpi.engine;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.SurveyKind;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactCursor;

/**
 * Reads the rows of a {@link ColumnTable} in order; one object per scan, none per row.
 */
final class RowCursor implements FactCursor {

	private static final ChannelKind[] CHANNELS = ChannelKind.values();
	private static final int[] DIMENSION_COLUMN = new int[Dimension.values().length];
	static {
		for (Dimension dimension : Dimension.values()) {
			DIMENSION_COLUMN[dimension.ordinal()] = ColumnTable.column(dimension);
		}
	}

	private final ColumnTable t;
	private final int[] pool;
	private final int end;
	private int row;
	private int slot;
	private int mask;
	private byte[] offsets;
	private int meta;

	RowCursor(ColumnTable table, int from, int to) {
		this.t = table;
		this.pool = table.sidePool.pool;
		this.row = from - 1;
		this.end = to;
	}

	@Override
	public boolean next() {
		if (++row >= end) {
			return false;
		}
		load();
		return true;
	}

	/** Moves to row {@code to}, within this cursor's range, in any order: the engine visits rows group by group. */
	void moveTo(int to) {
		row = to;
		load();
	}

	private void load() {
		slot = t.side[row];
		mask = slot < 0 ? 0 : pool[slot];
		offsets = SidePool.OFFSET[mask];
		meta = t.meta[row];
	}

	private boolean has(int group) {
		return (mask & (1 << group)) != 0;
	}

	/** @return field {@code field} of {@code group}, which the row has */
	private int field(int group, int field) {
		return pool[slot + offsets[group] + field];
	}

	@Override
	public int position() {
		return row;
	}

	int meta() {
		return meta;
	}

	@Override
	public int dimension(Dimension dimension) {
		return switch (dimension) {
		case CHANNEL -> (meta & ColumnTable.CHANNEL_MASK) + 1;
		case DIRECTION -> (meta & ColumnTable.INBOUND) != 0 ? 1 : 2;
		case STAGE -> (meta & ColumnTable.STAGE_MASK) >> ColumnTable.STAGE_SHIFT;
		case PRIORITY -> (meta & ColumnTable.PRIORITY_MASK) >> ColumnTable.PRIORITY_SHIFT;
		default -> t.dims[DIMENSION_COLUMN[dimension.ordinal()]].get(row);
		};
	}

	@Override
	public ChannelKind channel() {
		return CHANNELS[meta & ColumnTable.CHANNEL_MASK];
	}

	@Override
	public Direction direction() {
		return (meta & ColumnTable.INBOUND) != 0 ? Direction.INBOUND : Direction.OUTBOUND;
	}

	@Override
	public int customer() {
		return t.customer[row];
	}

	@Override
	public int outcome() {
		return has(SidePool.OUTCOME) ? field(SidePool.OUTCOME, 0) : NO_ID;
	}

	@Override
	public long opened() {
		return ColumnTable.BASE + t.opened[row];
	}

	@Override
	public long firstResolution() {
		int delta = t.firstResolution[row];
		return delta < 0 ? NONE : opened() + delta;
	}

	@Override
	public long lastResolution() {
		int delta = t.lastResolution[row];
		return delta < 0 ? NONE : opened() + delta;
	}

	@Override
	public boolean resolved() {
		return (meta & ColumnTable.RESOLVED) != 0;
	}

	@Override
	public long firstResponseSeconds() {
		int seconds = t.firstResponse[row];
		return seconds < 0 ? NONE : seconds;
	}

	@Override
	public long firstResolutionSeconds() {
		if (has(SidePool.BUSINESS)) {
			int seconds = field(SidePool.BUSINESS, 1);
			return seconds < 0 ? NONE : seconds;
		}
		int delta = t.firstResolution[row];
		return delta < 0 ? NONE : delta;
	}

	@Override
	public long resolutionSeconds() {
		if (!resolved()) {
			return NONE;
		}
		if (has(SidePool.BUSINESS)) {
			int seconds = field(SidePool.BUSINESS, 0);
			return seconds < 0 ? NONE : seconds;
		}
		int delta = t.lastResolution[row];
		return delta < 0 ? NONE : delta;
	}

	@Override
	public int replyCount() {
		return has(SidePool.REPLIES) ? field(SidePool.REPLIES, 0) : 0;
	}

	@Override
	public long replySeconds(int index) {
		int count = replyCount();
		if (index < 0 || index >= count) {
			throw new IndexOutOfBoundsException("reply " + index + " of " + count);
		}
		return t.replies[field(SidePool.REPLIES, 1) + index];
	}

	@Override
	public boolean reopened() {
		return (meta & ColumnTable.REOPENED) != 0;
	}

	@Override
	public boolean transferred() {
		return (meta & ColumnTable.TRANSFERRED) != 0;
	}

	@Override
	public boolean escalated() {
		return (meta & ColumnTable.ESCALATED) != 0;
	}

	@Override
	public boolean firstContactResolution() {
		return (meta & ColumnTable.FCR) != 0;
	}

	@Override
	public boolean queued() {
		return has(SidePool.QUEUE) && (field(SidePool.QUEUE, SidePool.QUEUE_FLAGS) & SidePool.QUEUED) != 0;
	}

	@Override
	public long waitSeconds() {
		int wait = has(SidePool.QUEUE) ? field(SidePool.QUEUE, SidePool.QUEUE_WAIT) : -1;
		return wait < 0 ? NONE : wait;
	}

	@Override
	public boolean abandoned() {
		return has(SidePool.QUEUE) && (field(SidePool.QUEUE, SidePool.QUEUE_FLAGS) & SidePool.ABANDONED) != 0;
	}

	@Override
	public long abandonWaitSeconds() {
		int wait = has(SidePool.QUEUE) ? field(SidePool.QUEUE, SidePool.QUEUE_ABANDON_WAIT) : -1;
		return wait < 0 ? NONE : wait;
	}

	@Override
	public boolean waitingAt(long at) {
		if (!queued()) {
			return false;
		}
		long entered = ColumnTable.epoch(field(SidePool.QUEUE, SidePool.QUEUE_ENTERED));
		long left = ColumnTable.epoch(field(SidePool.QUEUE, SidePool.QUEUE_LEFT));
		return entered <= at && (left == NONE || left > at);
	}

	@Override
	public int handledContacts() {
		return has(SidePool.HANDLE) ? field(SidePool.HANDLE, 0) : 0;
	}

	@Override
	public long handleSeconds() {
		return has(SidePool.HANDLE) ? field(SidePool.HANDLE, 1) : 0;
	}

	@Override
	public double surveyScore(SurveyKind kind) {
		return has(SidePool.SURVEY) ? Float.intBitsToFloat(field(SidePool.SURVEY, kind.ordinal())) : Double.NaN;
	}

	@Override
	public int surveysSent(SurveyKind kind) {
		return has(SidePool.SURVEY) ? field(SidePool.SURVEY, SidePool.SURVEY_SENT) >>> (8 * kind.ordinal()) & 0xff : 0;
	}

	@Override
	public long ratedAt() {
		return has(SidePool.SURVEY) ? ColumnTable.epoch(field(SidePool.SURVEY, SidePool.SURVEY_RATED_AT)) : NONE;
	}

	@Override
	public double qaScore() {
		return has(SidePool.QA) ? Float.intBitsToFloat(field(SidePool.QA, 0)) : Double.NaN;
	}

	@Override
	public long reviewedAt() {
		return has(SidePool.QA) ? ColumnTable.epoch(field(SidePool.QA, 1)) : NONE;
	}

	@Override
	public boolean slaApplies() {
		return has(SidePool.SLA) && (field(SidePool.SLA, SidePool.SLA_OUTCOMES) & SidePool.SLA_APPLIES) != 0;
	}

	@Override
	public int slaFirstResponse() {
		return has(SidePool.SLA) ? field(SidePool.SLA, SidePool.SLA_OUTCOMES) & 0x3 : SLA_NONE;
	}

	@Override
	public long slaFirstResponseDue() {
		return has(SidePool.SLA) ? ColumnTable.epoch(field(SidePool.SLA, SidePool.SLA_FR_DUE)) : NONE;
	}

	@Override
	public int slaResolution() {
		return has(SidePool.SLA) ? (field(SidePool.SLA, SidePool.SLA_OUTCOMES) >> 2) & 0x3 : SLA_NONE;
	}

	@Override
	public long slaResolutionDue() {
		return has(SidePool.SLA) ? ColumnTable.epoch(field(SidePool.SLA, SidePool.SLA_RES_DUE)) : NONE;
	}

	@Override
	public int slaNextRepliesChecked() {
		return has(SidePool.SLA) ? field(SidePool.SLA, SidePool.SLA_NEXT) >>> 16 : 0;
	}

	@Override
	public int slaNextRepliesBreached() {
		return has(SidePool.SLA) ? field(SidePool.SLA, SidePool.SLA_NEXT) & 0xffff : 0;
	}

	@Override
	public long slaNextReplyPendingDue() {
		return has(SidePool.SLA) ? ColumnTable.epoch(field(SidePool.SLA, SidePool.SLA_NEXT_PENDING)) : NONE;
	}
}
