package org.carelens.internal.channels.voice;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.EventSink;
import org.carelens.channels.api.Rejected;
import org.carelens.core.api.Event;
import org.carelens.internal.channels.asterisk.QueueLogFile;

/**
 * A running voice instance: one thread that reads the AMI connection, hands the calls' events to the sink and
 * commits after each burst of packets; when the connection drops it reconnects with a doubling wait, and once logged
 * in again reads the {@code queue_log} lines written since the last event it committed, so that calls during the gap
 * are not lost. Both ways give the same ids ({@code QueueCalls}), so what the gap fill reads again is stored once.
 * <p>
 * The checkpoint holds the time of the last event received live ({@value #LIVE_AT}, seconds since 1970; the gap
 * fill reads the log's lines from that second on) and the {@code queue_log} position of the last gap fill.
 */
final class VoiceInstance implements ConnectorInstance {

	private static final System.Logger LOG = System.getLogger(VoiceInstance.class.getName());

	static final String LIVE_AT = "live_at";
	/** Lines of the queue_log per commit of a gap fill. */
	private static final int GAP_COMMIT_LINES = 5000;

	private final ConnectorContext context;
	private final VoiceSettings settings;
	private final Clock clock;
	private final AmiEvents mapping;
	private final Optional<QueueLogFile> queueLog;
	private final String source;
	private final Thread thread;
	private final Object lock = new Object();
	private volatile boolean stopping;
	private volatile Optional<String> problem = Optional.empty();
	private volatile AmiConnection connection;
	private Checkpoint position;
	private long packets;

	private VoiceInstance(ConnectorContext context, VoiceSettings settings, Clock clock, AmiConnection first) {
		this.context = context;
		this.settings = settings;
		this.clock = clock;
		this.connection = first;
		this.mapping = new AmiEvents(context.instanceId(), settings.queues());
		this.queueLog = settings.queueLog().map(file -> new QueueLogFile(file, context.instanceId(),
				GAP_COMMIT_LINES, queue -> settings.queues().isEmpty() || settings.queues().contains(queue)));
		this.source = "ami://" + settings.peer();
		this.position = context.checkpoint().orElse(Checkpoint.START);
		this.thread = new Thread(this::run, "carelens-voice-" + context.instanceId());
		this.thread.setDaemon(true);
	}

	/**
	 * Logs in (so that a wrong address or secret fails the start, saying so) and starts receiving.
	 */
	static VoiceInstance start(ConnectorContext context, VoiceSettings settings) throws ConnectorException {
		AmiConnection first = AmiConnection.open(settings.host(), settings.port(), settings.username(),
				settings.secret(), settings.keepalive());
		VoiceInstance instance = new VoiceInstance(context, settings, Clock.systemUTC(), first);
		instance.thread.start();
		return instance;
	}

	/** @return why the instance is not receiving now (reconnecting after a drop), empty while it is */
	@Override
	public Optional<String> problem() {
		return problem;
	}

	private void run() {
		int failures = 0;
		while (!stopping) {
			try {
				AmiConnection current = connection;
				if (current == null) {
					current = AmiConnection.open(settings.host(), settings.port(), settings.username(),
							settings.secret(), settings.keepalive());
					connection = current;
					if (stopping) {
						break;
					}
				}
				fillGap();
				problem = Optional.empty();
				failures = 0;
				receive(current);
			} catch (IOException | ConnectorException | RuntimeException e) {
				if (stopping) {
					break;
				}
				failures++;
				String message = AmiConnection.message(e);
				String reason = (message.contains(settings.peer()) ? message : settings.peer() + ": " + message)
						+ "; reconnecting";
				problem = Optional.of(reason);
				LOG.log(System.Logger.Level.WARNING, "voice channel " + context.instanceId() + ": " + reason);
			} finally {
				AmiConnection current = connection;
				connection = null;
				if (current != null) {
					current.close();
				}
				mapping.forgetCalls();
			}
			pause(delay(failures));
		}
	}

	/** Reads packets until the connection drops or the instance stops. */
	private void receive(AmiConnection current) throws IOException, ConnectorException {
		boolean pending = false;
		Instant liveAt = Instant.ofEpochSecond(position.number(LIVE_AT));
		while (!stopping) {
			Optional<AmiPacket> packet = current.next();
			Instant now = clock.instant();
			List<Event> due = mapping.due(now);
			for (Event event : due) {
				context.sink().accept(event);
				liveAt = later(liveAt, event.at());
				pending = true;
			}
			if (packet.isPresent()) {
				packets++;
				try {
					for (Event event : mapping.map(packet.get(), now)) {
						context.sink().accept(event);
						liveAt = later(liveAt, event.at());
						pending = true;
					}
				} catch (AmiEvents.PacketException | IllegalArgumentException e) {
					context.sink().reject(Rejected.row(source, packets, e.getMessage(), packet.get().raw()));
					pending = true;
				}
			}
			if (pending && (packet.isEmpty() || !current.hasBuffered())) {
				commit(position.with(LIVE_AT, Long.toString(liveAt.getEpochSecond())));
				pending = false;
			}
		}
		if (pending) {
			commit(position.with(LIVE_AT, Long.toString(liveAt.getEpochSecond())));
		}
	}

	/**
	 * Reads the queue_log lines of the calls since the last event received live, when there is a queue_log. On the
	 * instance's first run its lines so far are passed over: what happened before the instance existed is the
	 * queue_log importer's business, and the gaps start from here.
	 */
	private void fillGap() throws ConnectorException {
		if (queueLog.isEmpty()) {
			return;
		}
		boolean firstRun = position.get(LIVE_AT).isEmpty();
		Instant since = Instant.ofEpochSecond(position.number(LIVE_AT));
		EventSink sink = context.sink();
		EventSink sinceGap = new EventSink() {
			@Override
			public void accept(Event event) {
				if (!firstRun && !event.at().isBefore(since)) {
					sink.accept(event);
				}
			}

			@Override
			public void reject(Rejected rejected) {
				if (!firstRun) {
					sink.reject(rejected);
				}
			}

			@Override
			public void commit(Checkpoint checkpoint) throws ConnectorException {
				VoiceInstance.this.commit(checkpoint);
			}
		};
		Checkpoint read;
		try {
			read = queueLog.get().pull(position, sinceGap, () -> stopping);
		} catch (ConnectorException e) {
			// not receiving until the log is readable again: the calls meanwhile are in the log, none is lost
			throw new ConnectorException("cannot fill the gap from the queue_log: " + e.getMessage(), e);
		}
		if (firstRun) {
			commit(read.with(LIVE_AT, "0"));
		}
	}

	private void commit(Checkpoint checkpoint) throws ConnectorException {
		synchronized (lock) {
			context.sink().commit(checkpoint);
			position = checkpoint;
		}
	}

	private Duration delay(int failures) {
		Duration delay = Duration.ofSeconds(1);
		for (int i = 1; i < failures && delay.compareTo(settings.reconnectMax()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(settings.reconnectMax()) > 0 ? settings.reconnectMax() : delay;
	}

	private void pause(Duration delay) {
		synchronized (lock) {
			long end = System.nanoTime() + delay.toNanos();
			try {
				for (long left = delay.toMillis(); !stopping && left > 0; left = (end - System.nanoTime()) / 1_000_000) {
					lock.wait(left);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				stopping = true;
			}
		}
	}

	private static Instant later(Instant a, Instant b) {
		return b.isAfter(a) ? b : a;
	}

	/** Stops receiving: what was received is committed, the connection closed. */
	@Override
	public void stop() {
		if (stopping) {
			return;
		}
		stopping = true;
		synchronized (lock) {
			lock.notifyAll();
		}
		try {
			thread.join(settings.keepalive().toMillis() + 5000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		AmiConnection current = connection;
		if (current != null) {
			current.close();
		}
	}
}
