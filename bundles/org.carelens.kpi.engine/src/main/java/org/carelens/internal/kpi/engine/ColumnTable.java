package org.carelens.internal.kpi.engine;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.Priority;
import org.carelens.core.api.Stage;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.SlaCheck;
import org.carelens.facts.SlaOutcome;
import org.carelens.facts.Span;
import org.carelens.facts.SurveyScore;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactCursor;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.RowSet;

/**
 * Conversation facts in columns: primitive arrays, one entry per conversation, dimensions dictionary-encoded in
 * 8-bit columns widened to 16 bits when a dimension gets more than 255 values, instants as seconds since 2000 in
 * 32-bit columns (good until 2068), and the rarely-present facts in {@link SideColumns}. An upsert replaces a
 * known conversation's row in place and appends a new one; nothing is rebuilt.
 */
public final class ColumnTable implements FactTable, RowSet {

	/** 2000-01-01T00:00:00Z: instants are stored as int seconds after it. */
	static final long BASE = 946_684_800L;
	static final int NO_INSTANT = Integer.MIN_VALUE;

	// meta bits
	static final int CHANNEL_MASK = 0x7, INBOUND = 1 << 3, STAGE_SHIFT = 4, STAGE_MASK = 0x3 << STAGE_SHIFT,
			PRIORITY_SHIFT = 6, PRIORITY_MASK = 0x7 << PRIORITY_SHIFT, RESOLVED = 1 << 9, FCR = 1 << 10,
			REOPENED = 1 << 11, TRANSFERRED = 1 << 12, ESCALATED = 1 << 13;

	private static final ChannelKind[] CHANNELS = ChannelKind.values();
	private static final Dimension[] DICTIONARY_DIMENSIONS = { Dimension.CHANNEL_INSTANCE, Dimension.AGENT,
			Dimension.TEAM, Dimension.MANAGER, Dimension.SITE, Dimension.TOPIC };

	final ReadWriteLock lock = new ReentrantReadWriteLock();
	private final Optional<BusinessCalendar> businessHours;
	private final IdIndex index;
	final Dictionary[] dictionaries = new Dictionary[Dimension.values().length];
	final Dictionary customers = new Dictionary("customer", Integer.MAX_VALUE);
	final Dictionary outcomes = new Dictionary("outcome", Integer.MAX_VALUE);
	final Orders orders = new Orders();

	int size;
	int[] opened = new int[0];
	int[] firstResponse = new int[0];
	int[] firstResolution = new int[0];
	int[] lastResolution = new int[0];
	short[] meta = new short[0];
	final DimensionColumn[] dims = new DimensionColumn[DICTIONARY_DIMENSIONS.length];
	int[] customer = new int[0];
	int[] side = new int[0];
	int[] replies = new int[1024];
	int repliesUsed;
	SidePool sidePool = new SidePool();
	private long garbageSide;
	private int garbageReplies;
	/** Bumped by every change, so that derived data (customer activity) knows when to rebuild. */
	volatile long version;
	/** The earliest opening and the latest instant of any kind seen: the span time buckets must cover. */
	long minInstant = Long.MAX_VALUE;
	long maxInstant = Long.MIN_VALUE;

	public ColumnTable(Optional<BusinessCalendar> businessHours) {
		this(businessHours, new IdIndex());
	}

	ColumnTable(Optional<BusinessCalendar> businessHours, IdIndex index) {
		this.businessHours = businessHours;
		this.index = index;
		for (int i = 0; i < DICTIONARY_DIMENSIONS.length; i++) {
			dictionaries[DICTIONARY_DIMENSIONS[i].ordinal()] = new Dictionary(DICTIONARY_DIMENSIONS[i].key(),
					Character.MAX_VALUE);
			dims[i] = new DimensionColumn(0);
		}
	}

	static int column(Dimension dimension) {
		for (int i = 0; i < DICTIONARY_DIMENSIONS.length; i++) {
			if (DICTIONARY_DIMENSIONS[i] == dimension) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public void upsert(Collection<ConversationFact> facts) {
		lock.writeLock().lock();
		try {
			for (ConversationFact fact : facts) {
				long hash = IdIndex.hash(fact.conversation());
				int row = index.find(hash);
				if (row < 0) {
					row = size;
					ensureCapacity(size + 1);
					size++;
					index.add(hash, row);
				} else if (side[row] >= 0) {
					garbageSide += sidePool.sizeOf(side[row]);
					SidePool p = sidePool;
					if ((p.pool[side[row]] & (1 << SidePool.REPLIES)) != 0) {
						garbageReplies += p.pool[p.at(side[row], SidePool.REPLIES, 0)];
					}
				}
				write(row, fact);
			}
			version++;
			if (garbageSide > 4096 && garbageSide > sidePool.used / 4
					|| garbageReplies > 4096 && garbageReplies > repliesUsed / 4) {
				compact();
			}
		} finally {
			lock.writeLock().unlock();
		}
	}

	@Override
	public void addOrders(Collection<? extends Event> events, UnaryOperator<String> customerKey) {
		lock.writeLock().lock();
		try {
			for (Event event : events) {
				if (event instanceof Event.Order order) {
					int id = customers.encode(customerKey.apply(order.header().customer().orElseThrow()));
					orders.add(id, order.header().at().getEpochSecond(), order.amount().doubleValue(),
							order.margin().map(m -> m.doubleValue()).orElse(Double.NaN));
				}
			}
			version++;
		} finally {
			lock.writeLock().unlock();
		}
	}

	private void ensureCapacity(int wanted) {
		if (wanted <= opened.length) {
			return;
		}
		int capacity = Math.max(1024, Math.max(wanted, opened.length + (opened.length >> 1)));
		opened = Arrays.copyOf(opened, capacity);
		firstResponse = Arrays.copyOf(firstResponse, capacity);
		firstResolution = Arrays.copyOf(firstResolution, capacity);
		lastResolution = Arrays.copyOf(lastResolution, capacity);
		meta = Arrays.copyOf(meta, capacity);
		for (DimensionColumn column : dims) {
			column.grow(capacity);
		}
		customer = Arrays.copyOf(customer, capacity);
		side = Arrays.copyOf(side, capacity);
	}

	private void write(int row, ConversationFact fact) {
		Instant openedAt = fact.timeline().opened();
		long openedSecond = openedAt.getEpochSecond();
		opened[row] = instant(openedSecond);
		minInstant = Math.min(minInstant, openedSecond);
		maxInstant = Math.max(maxInstant, openedSecond);
		fact.timeline().lastResolution().ifPresent(i -> maxInstant = Math.max(maxInstant, i.getEpochSecond()));
		fact.surveys().values().forEach(v -> maxInstant = Math.max(maxInstant, v.at().getEpochSecond()));
		fact.qa().ifPresent(q -> maxInstant = Math.max(maxInstant, q.at().getEpochSecond()));
		Optional<Instant> firstResolved = fact.timeline().firstResolution();
		Optional<Instant> lastResolved = fact.timeline().lastResolution();
		firstResolution[row] = firstResolved.map(i -> delta(i, openedSecond)).orElse(-1);
		lastResolution[row] = lastResolved.map(i -> delta(i, openedSecond)).orElse(-1);
		long firstResponseSeconds;
		long resolutionBusiness = -1;
		long firstResolutionBusiness = -1;
		if (businessHours.isPresent()) {
			BusinessCalendar calendar = businessHours.get();
			firstResponseSeconds = fact.timeline().firstResponse()
					.map(r -> calendar.between(fact.timeline().episodeStart(), r).getSeconds()).orElse(-1L);
			if (fact.resolved() && lastResolved.isPresent()) {
				resolutionBusiness = calendar.between(openedAt, lastResolved.get()).getSeconds();
			}
			if (firstResolved.isPresent()) {
				firstResolutionBusiness = calendar.between(openedAt, firstResolved.get()).getSeconds();
			}
		} else {
			firstResponseSeconds = fact.durations().firstResponse().map(s -> s.business().getSeconds()).orElse(-1L);
			resolutionBusiness = fact.durations().resolution().map(s -> s.business().getSeconds()).orElse(-1L);
			firstResolutionBusiness = fact.durations().firstResolution().map(s -> s.business().getSeconds())
					.orElse(-1L);
		}
		firstResponse[row] = seconds(firstResponseSeconds);
		boolean businessDiffers = resolutionBusiness >= 0 && resolutionBusiness != lastResolution[row]
				|| firstResolutionBusiness >= 0 && firstResolutionBusiness != firstResolution[row];
		int bits = fact.channel().ordinal();
		bits |= fact.direction() == Direction.INBOUND ? INBOUND : 0;
		bits |= fact.stage().map(s -> s.ordinal() + 1).orElse(0) << STAGE_SHIFT;
		bits |= fact.priority().map(p -> p.ordinal() + 1).orElse(0) << PRIORITY_SHIFT;
		bits |= fact.resolved() ? RESOLVED : 0;
		bits |= fact.firstContactResolution() ? FCR : 0;
		bits |= fact.counts().reopens() > 0 ? REOPENED : 0;
		bits |= fact.counts().transfers() > 0 ? TRANSFERRED : 0;
		bits |= fact.counts().escalations() > 0 ? ESCALATED : 0;
		meta[row] = (short) bits;
		dims[0].set(row, dictionaries[Dimension.CHANNEL_INSTANCE.ordinal()].encode(fact.channelInstance()));
		dims[1].set(row, dictionaries[Dimension.AGENT.ordinal()].encode(fact.owner().agent()));
		dims[2].set(row, dictionaries[Dimension.TEAM.ordinal()].encode(fact.owner().team()));
		dims[3].set(row, dictionaries[Dimension.MANAGER.ordinal()].encode(fact.owner().manager()));
		dims[4].set(row, dictionaries[Dimension.SITE.ordinal()].encode(fact.owner().site()));
		dims[5].set(row, dictionaries[Dimension.TOPIC.ordinal()].encode(fact.topic()));
		customer[row] = customers.encode(fact.customerKey());
		side[row] = writeSide(fact, businessDiffers, resolutionBusiness, firstResolutionBusiness);
	}

	private int writeSide(ConversationFact fact, boolean businessDiffers, long resolutionBusiness,
			long firstResolutionBusiness) {
		var queue = fact.queue();
		var sla = fact.sla();
		var spans = fact.durations().replies();
		int mask = 0;
		mask |= queue.entered().isPresent() || queue.abandoned() || queue.waitTime().isPresent() ? 1 << SidePool.QUEUE : 0;
		mask |= fact.handling().contacts() > 0 ? 1 << SidePool.HANDLE : 0;
		mask |= !fact.surveys().isEmpty() || !fact.surveysSent().isEmpty() ? 1 << SidePool.SURVEY : 0;
		mask |= fact.qa().isPresent() ? 1 << SidePool.QA : 0;
		mask |= sla.applies() || sla.policy().isPresent() ? 1 << SidePool.SLA : 0;
		mask |= fact.outcome().isPresent() ? 1 << SidePool.OUTCOME : 0;
		mask |= businessDiffers ? 1 << SidePool.BUSINESS : 0;
		mask |= spans.isEmpty() ? 0 : 1 << SidePool.REPLIES;
		if (mask == 0) {
			return -1;
		}
		SidePool p = sidePool;
		int slot = p.add(mask);
		int[] v = p.pool;
		if ((mask & (1 << SidePool.QUEUE)) != 0) {
			int at = p.at(slot, SidePool.QUEUE, 0);
			v[at + SidePool.QUEUE_FLAGS] = (queue.entered().isPresent() ? SidePool.QUEUED : 0)
					| (queue.waitTime().isPresent() ? SidePool.ANSWERED : 0)
					| (queue.abandoned() ? SidePool.ABANDONED : 0);
			int entered = queue.entered().map(i -> instant(i.getEpochSecond())).orElse(NO_INSTANT);
			v[at + SidePool.QUEUE_ENTERED] = entered;
			v[at + SidePool.QUEUE_WAIT] = queue.waitTime().map(d -> seconds(d.getSeconds())).orElse(-1);
			v[at + SidePool.QUEUE_ABANDON_WAIT] = queue.abandonWait().map(d -> seconds(d.getSeconds())).orElse(-1);
			// when the contact left the queue: answered, or entered + abandon wait
			v[at + SidePool.QUEUE_LEFT] = queue.answered().map(i -> instant(i.getEpochSecond()))
					.orElse(queue.entered().isPresent() && queue.abandonWait().isPresent()
							? instant(queue.entered().get().plus(queue.abandonWait().get()).getEpochSecond())
							: queue.abandoned() ? entered : NO_INSTANT);
		}
		if ((mask & (1 << SidePool.HANDLE)) != 0) {
			int at = p.at(slot, SidePool.HANDLE, 0);
			v[at] = fact.handling().contacts();
			v[at + 1] = seconds(fact.handling().total().getSeconds());
		}
		if ((mask & (1 << SidePool.SURVEY)) != 0) {
			int at = p.at(slot, SidePool.SURVEY, 0);
			long rated = Long.MIN_VALUE;
			int sent = 0;
			for (SurveyKind kind : SurveyKind.values()) {
				SurveyScore score = fact.surveys().get(kind);
				v[at + kind.ordinal()] = Float.floatToRawIntBits(score == null ? Float.NaN : (float) score.score());
				if (score != null) {
					rated = Math.max(rated, score.at().getEpochSecond());
				}
				sent |= Math.min(255, fact.surveysSent().getOrDefault(kind, 0)) << (8 * kind.ordinal());
			}
			v[at + SidePool.SURVEY_SENT] = sent;
			v[at + SidePool.SURVEY_RATED_AT] = rated == Long.MIN_VALUE ? NO_INSTANT : instant(rated);
		}
		if ((mask & (1 << SidePool.QA)) != 0) {
			int at = p.at(slot, SidePool.QA, 0);
			v[at] = Float.floatToRawIntBits((float) fact.qa().get().score());
			v[at + 1] = instant(fact.qa().get().at().getEpochSecond());
		}
		if ((mask & (1 << SidePool.SLA)) != 0) {
			int at = p.at(slot, SidePool.SLA, 0);
			v[at + SidePool.SLA_OUTCOMES] = outcome(sla.firstResponse()) | outcome(sla.resolution()) << 2
					| (sla.applies() ? SidePool.SLA_APPLIES : 0);
			v[at + SidePool.SLA_FR_DUE] = sla.firstResponse().map(c -> instant(c.due().getEpochSecond())).orElse(NO_INSTANT);
			v[at + SidePool.SLA_RES_DUE] = sla.resolution().map(c -> instant(c.due().getEpochSecond())).orElse(NO_INSTANT);
			v[at + SidePool.SLA_NEXT] = Math.min(0xffff, sla.nextRepliesChecked()) << 16
					| Math.min(0xffff, sla.nextRepliesBreached());
			v[at + SidePool.SLA_NEXT_PENDING] = sla.nextReplyPending().map(c -> instant(c.due().getEpochSecond()))
					.orElse(NO_INSTANT);
		}
		if ((mask & (1 << SidePool.OUTCOME)) != 0) {
			v[p.at(slot, SidePool.OUTCOME, 0)] = outcomes.encode(fact.outcome());
		}
		if ((mask & (1 << SidePool.BUSINESS)) != 0) {
			int at = p.at(slot, SidePool.BUSINESS, 0);
			v[at] = seconds(resolutionBusiness);
			v[at + 1] = seconds(firstResolutionBusiness);
		}
		if ((mask & (1 << SidePool.REPLIES)) != 0) {
			int at = p.at(slot, SidePool.REPLIES, 0);
			v[at] = spans.size();
			v[at + 1] = repliesUsed;
			if (repliesUsed + spans.size() > replies.length) {
				replies = Arrays.copyOf(replies, Math.max(repliesUsed + spans.size(), replies.length * 2));
			}
			for (Span span : spans) {
				replies[repliesUsed++] = seconds(span.business().getSeconds());
			}
		}
		return slot;
	}

	private static int outcome(Optional<SlaCheck> check) {
		if (check.isEmpty()) {
			return FactRow.SLA_NONE;
		}
		SlaOutcome outcome = check.get().outcome();
		return switch (outcome) {
		case MET -> FactRow.SLA_MET;
		case BREACHED -> FactRow.SLA_BREACHED;
		case PENDING -> FactRow.SLA_PENDING;
		};
	}

	static int instant(long epochSecond) {
		long relative = epochSecond - BASE;
		if (relative <= Integer.MIN_VALUE || relative > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(Instant.ofEpochSecond(epochSecond)
					+ " is outside the instants a table holds (1932 to 2068)");
		}
		return (int) relative;
	}

	private static int delta(Instant instant, long from) {
		return seconds(instant.getEpochSecond() - from);
	}

	/** @return a duration as int seconds; -1 stays "none" */
	static int seconds(long seconds) {
		if (seconds < -1 || seconds > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("a duration of " + seconds + " s is out of range");
		}
		return (int) seconds;
	}

	static long epoch(int instant) {
		return instant == NO_INSTANT ? FactRow.NONE : BASE + instant;
	}

	/** Drops replaced side slots and reply runs, copying the live ones into fresh arrays. */
	void compact() {
		SidePool fresh = new SidePool();
		int[] freshReplies = new int[Math.max(1024, repliesUsed - garbageReplies)];
		int used = 0;
		for (int row = 0; row < size; row++) {
			int old = side[row];
			if (old < 0) {
				continue;
			}
			int length = sidePool.sizeOf(old);
			int slot = fresh.add(sidePool.pool[old]);
			System.arraycopy(sidePool.pool, old, fresh.pool, slot, length);
			side[row] = slot;
			if ((fresh.pool[slot] & (1 << SidePool.REPLIES)) != 0) {
				int at = fresh.at(slot, SidePool.REPLIES, 0);
				int count = fresh.pool[at];
				System.arraycopy(replies, fresh.pool[at + 1], freshReplies, used, count);
				fresh.pool[at + 1] = used;
				used += count;
			}
		}
		sidePool = fresh;
		replies = freshReplies;
		repliesUsed = used;
		garbageSide = 0;
		garbageReplies = 0;
	}

	@Override
	public int size() {
		return size;
	}

	IdIndex index() {
		return index;
	}

	@Override
	public void writeTo(WritableByteChannel channel) throws IOException {
		if (businessHours.isPresent()) {
			throw new IllegalStateException("a table computed in a business-hours override is not written: "
					+ "its durations hold only for that calendar");
		}
		lock.writeLock().lock();
		try {
			if (garbageSide > 0 || garbageReplies > 0) {
				compact(); // the snapshot holds the live slots only
			}
			TableSnapshot.write(this, channel);
		} finally {
			lock.writeLock().unlock();
		}
	}

	@Override
	public long residentBytes() {
		lock.readLock().lock();
		try {
			long perRow = 4 * 4 + 2 + 4 + 4;
			long dimensions = 0;
			for (DimensionColumn column : dims) {
				dimensions += column.bytes();
			}
			return perRow * opened.length + dimensions + 4L * replies.length + sidePool.bytes() + index.bytes() + orders.bytes();
		} finally {
			lock.readLock().unlock();
		}
	}

	/** @return the bytes the rows take without the spare capacity arrays keep for appends */
	public long usedBytes() {
		lock.readLock().lock();
		try {
			long perRow = 4 * 4 + 2 + 4 + 4;
			for (DimensionColumn column : dims) {
				perRow += column.width();
			}
			return perRow * size + 4L * repliesUsed + 4L * sidePool.used + index.bytes(size) + 28L * orders.size;
		} finally {
			lock.readLock().unlock();
		}
	}

	/** @return the bytes of the dictionaries' values and maps, an estimate */
	public long dictionaryBytes() {
		long bytes = customers.bytes() + outcomes.bytes();
		for (Dictionary dictionary : dictionaries) {
			if (dictionary != null) {
				bytes += dictionary.bytes();
			}
		}
		return bytes;
	}

	/** @return the activity of the table's customers as it is now, for metrics run outside a query */
	public org.carelens.kpi.api.CustomerActivity customerActivity() {
		return new TableActivity(this);
	}

	@Override
	public OptionalInt rowOf(String conversation) {
		lock.readLock().lock();
		try {
			int row = index.find(IdIndex.hash(conversation));
			return row < 0 ? OptionalInt.empty() : OptionalInt.of(row);
		} finally {
			lock.readLock().unlock();
		}
	}

	@Override
	public FactCursor cursor(int from, int to) {
		if (from < 0 || to > size || from > to) {
			throw new IndexOutOfBoundsException("rows " + from + ".." + to + " of " + size);
		}
		return new RowCursor(this, from, to);
	}

	@Override
	public int idOf(Dimension dimension, String value) {
		return switch (dimension) {
		case CHANNEL -> enumId(ChannelKind.class, value, true);
		case DIRECTION -> value.equalsIgnoreCase("in") || value.equalsIgnoreCase("inbound") ? 1
				: value.equalsIgnoreCase("out") || value.equalsIgnoreCase("outbound") ? 2 : 0;
		case STAGE -> enumId(Stage.class, value, false);
		case PRIORITY -> enumId(Priority.class, value, false);
		default -> dictionaries[dimension.ordinal()].idOf(value);
		};
	}

	private static <E extends Enum<E>> int enumId(Class<E> type, String value, boolean upper) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return constant.ordinal() + 1;
			}
		}
		return 0;
	}

	@Override
	public int outcomeId(String outcome) {
		return outcomes.idOf(outcome);
	}

	@Override
	public Optional<String> valueOf(Dimension dimension, int id) {
		if (id <= 0) {
			return Optional.empty();
		}
		return switch (dimension) {
		case CHANNEL -> Optional.of(CHANNELS[id - 1].wire());
		case DIRECTION -> Optional.of(Direction.values()[id - 1].wire());
		case STAGE -> Optional.of(Stage.values()[id - 1].wire());
		case PRIORITY -> Optional.of(Priority.values()[id - 1].wire());
		default -> dictionaries[dimension.ordinal()].valueOf(id);
		};
	}

	/** @return the number of ids of a dimension, 0 (none) included */
	int cardinality(Dimension dimension) {
		return switch (dimension) {
		case CHANNEL -> CHANNELS.length + 1;
		case DIRECTION -> 3;
		case STAGE -> Stage.values().length + 1;
		case PRIORITY -> Priority.values().length + 1;
		default -> dictionaries[dimension.ordinal()].size();
		};
	}
}
