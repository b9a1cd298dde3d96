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
	private final SideColumns s;
	private final int end;
	private int row;
	private int slot;
	private int meta;

	RowCursor(ColumnTable table, int from, int to) {
		this.t = table;
		this.s = table.sideColumns;
		this.row = from - 1;
		this.end = to;
	}

	@Override
	public boolean next() {
		if (++row >= end) {
			return false;
		}
		slot = t.side[row];
		meta = t.meta[row];
		return true;
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
		default -> t.dims[DIMENSION_COLUMN[dimension.ordinal()]][row];
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
		return slot < 0 ? NO_ID : s.outcome[slot];
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
		if (slot >= 0 && (s.flags[slot] & SideColumns.BUSINESS) != 0) {
			int seconds = s.firstResolutionBusiness[slot];
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
		if (slot >= 0 && (s.flags[slot] & SideColumns.BUSINESS) != 0) {
			int seconds = s.resolutionBusiness[slot];
			return seconds < 0 ? NONE : seconds;
		}
		int delta = t.lastResolution[row];
		return delta < 0 ? NONE : delta;
	}

	@Override
	public int replyCount() {
		return t.replyCount[row];
	}

	@Override
	public long replySeconds(int index) {
		if (index < 0 || index >= t.replyCount[row]) {
			throw new IndexOutOfBoundsException("reply " + index + " of " + t.replyCount[row]);
		}
		return t.replies[t.replyStart[row] + index];
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
		return slot >= 0 && (s.flags[slot] & SideColumns.QUEUED) != 0;
	}

	@Override
	public long waitSeconds() {
		return slot < 0 || s.wait[slot] < 0 ? NONE : s.wait[slot];
	}

	@Override
	public boolean abandoned() {
		return slot >= 0 && (s.flags[slot] & SideColumns.ABANDONED) != 0;
	}

	@Override
	public long abandonWaitSeconds() {
		return slot < 0 || s.abandonWait[slot] < 0 ? NONE : s.abandonWait[slot];
	}

	@Override
	public boolean waitingAt(long at) {
		if (slot < 0 || (s.flags[slot] & SideColumns.QUEUED) == 0) {
			return false;
		}
		long entered = ColumnTable.epoch(s.queueEntered[slot]);
		long left = ColumnTable.epoch(s.queueLeft[slot]);
		return entered <= at && (left == NONE || left > at);
	}

	@Override
	public int handledContacts() {
		return slot < 0 ? 0 : s.handled[slot];
	}

	@Override
	public long handleSeconds() {
		return slot < 0 ? 0 : s.handleSeconds[slot];
	}

	@Override
	public double surveyScore(SurveyKind kind) {
		return slot < 0 ? Double.NaN : s.score[kind.ordinal()][slot];
	}

	@Override
	public int surveysSent(SurveyKind kind) {
		return slot < 0 ? 0 : s.sent[kind.ordinal()][slot];
	}

	@Override
	public long ratedAt() {
		return slot < 0 ? NONE : ColumnTable.epoch(s.ratedAt[slot]);
	}

	@Override
	public double qaScore() {
		return slot < 0 ? Double.NaN : s.qa[slot];
	}

	@Override
	public long reviewedAt() {
		return slot < 0 ? NONE : ColumnTable.epoch(s.reviewedAt[slot]);
	}

	@Override
	public boolean slaApplies() {
		return slot >= 0 && (s.flags[slot] & SideColumns.SLA_APPLIES) != 0;
	}

	@Override
	public int slaFirstResponse() {
		return slot < 0 ? SLA_NONE : s.slaOutcomes[slot] & 0x3;
	}

	@Override
	public long slaFirstResponseDue() {
		return slot < 0 ? NONE : ColumnTable.epoch(s.frDue[slot]);
	}

	@Override
	public int slaResolution() {
		return slot < 0 ? SLA_NONE : (s.slaOutcomes[slot] >> 2) & 0x3;
	}

	@Override
	public long slaResolutionDue() {
		return slot < 0 ? NONE : ColumnTable.epoch(s.resDue[slot]);
	}

	@Override
	public int slaNextRepliesChecked() {
		return slot < 0 ? 0 : s.nextChecked[slot];
	}

	@Override
	public int slaNextRepliesBreached() {
		return slot < 0 ? 0 : s.nextBreached[slot];
	}

	@Override
	public long slaNextReplyPendingDue() {
		return slot < 0 ? NONE : ColumnTable.epoch(s.nextPendingDue[slot]);
	}
}
