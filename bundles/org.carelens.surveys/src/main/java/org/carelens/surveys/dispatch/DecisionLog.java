package org.carelens.surveys.dispatch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.internal.core.json.JsonMember;
import org.carelens.internal.core.json.JsonParser;
import org.carelens.internal.core.json.JsonSyntaxException;
import org.carelens.internal.core.json.JsonWriter;

/**
 * Every dispatch decision of a workspace, one JSON object per line in an append-only file, so that a response
 * rate and the bias of a score can be explained afterwards, and so that no conversation is decided twice across
 * restarts.
 * <p>
 * A decision is durable when {@link #record} or the {@link #flush} after its {@link #append} returns (the file is
 * forced to disk). A crash in the middle of an
 * append leaves a last line without its line end: it is dropped when the log is opened again, as the decision
 * it held was never acknowledged. Any other line that cannot be read stops the opening with its line number,
 * rather than deciding again what was decided.
 */
public final class DecisionLog implements SurveyHistory, AutoCloseable {

	private final Path file;
	private final FileChannel channel;
	private final List<SurveyDecision> decisions = new ArrayList<>();
	/** The latest decision per survey and conversation. */
	private final Map<String, SurveyDecision> latest = new HashMap<>();
	private final Map<String, List<Instant>> sends = new HashMap<>();
	/** Decisions appended, not written yet. */
	private final StringBuilder unwritten = new StringBuilder();
	private boolean failed;

	private DecisionLog(Path file, FileChannel channel) {
		this.file = file;
		this.channel = channel;
	}

	/**
	 * Opens the log in {@code file}, made with its folder when it does not exist.
	 *
	 * @throws IOException naming the file and line of a record that cannot be read
	 */
	public static DecisionLog open(Path file) throws IOException {
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		DecisionLog log = new DecisionLog(file, channel);
		try {
			log.load();
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
		return log;
	}

	private void load() throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		int start = 0;
		int line = 1;
		while (start < bytes.length) {
			int end = start;
			while (end < bytes.length && bytes[end] != '\n') {
				end++;
			}
			if (end == bytes.length) {
				// a torn append: the process died before the line was complete, so it was never acknowledged
				channel.truncate(start);
				break;
			}
			String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
			try {
				add(parse(text));
			} catch (JsonSyntaxException e) {
				throw new IOException(file + ":" + line + ": not a decision: " + e.getMessage(), e);
			} catch (IllegalArgumentException | DateTimeParseException e) {
				throw new IOException(file + ":" + line + ": not a decision: " + e.getMessage(), e);
			}
			start = end + 1;
			line++;
		}
		channel.position(channel.size());
	}

	/** Appends {@code decision} and forces it to disk: durable when this returns. */
	public synchronized void record(SurveyDecision decision) throws IOException {
		append(decision);
		flush();
	}

	/**
	 * Takes {@code decision} into the log at once (what {@link #decided} and {@link #sendsTo} say), and writes it
	 * with the next {@link #flush}: for deciding many conversations with one disk sync. Nothing may be sent on a
	 * decision before it is flushed.
	 */
	public synchronized void append(SurveyDecision decision) {
		checkUsable();
		unwritten.append(format(decision)).append('\n');
		add(decision);
	}

	/**
	 * Writes the appended decisions and forces them to disk. When that fails, the decisions in memory are ahead of
	 * the file: the log refuses any further use and must be opened again.
	 */
	public synchronized void flush() throws IOException {
		checkUsable();
		if (unwritten.isEmpty()) {
			return;
		}
		try {
			ByteBuffer buffer = ByteBuffer.wrap(unwritten.toString().getBytes(StandardCharsets.UTF_8));
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(false);
			unwritten.setLength(0);
		} catch (IOException e) {
			failed = true;
			throw new IOException("cannot write the survey decisions to " + file + ": " + e.getMessage(), e);
		}
	}

	private void checkUsable() {
		if (failed) {
			throw new IllegalStateException("writing " + file + " failed: open the decision log again");
		}
	}

	private void add(SurveyDecision decision) {
		decisions.add(decision);
		String key = decision.survey() + '\u0000' + decision.conversation();
		SurveyDecision before = latest.put(key, decision);
		if (before != null && before.sends()) {
			// a later decision on the same conversation withdraws a planned send (it was reopened)
			sends.getOrDefault(before.customerKey(), new ArrayList<>()).remove(before.sendAt().orElseThrow());
		}
		if (decision.sends()) {
			List<Instant> times = sends.computeIfAbsent(decision.customerKey(), k -> new ArrayList<>());
			times.add(decision.sendAt().orElseThrow());
			Collections.sort(times);
		}
	}

	/** A conversation is decided once; only a send withdrawn because it was reopened lets it be decided again. */
	@Override
	public synchronized boolean decided(String survey, String conversation) {
		SurveyDecision decision = latest.get(survey + '\u0000' + conversation);
		return decision != null && decision.reason().filter(r -> r == SkipReason.REOPENED).isEmpty();
	}

	@Override
	public synchronized List<Instant> sendsTo(String customerKey) {
		return List.copyOf(sends.getOrDefault(customerKey, List.of()));
	}

	/** @return every decision, in the order taken */
	public synchronized List<SurveyDecision> decisions() {
		return List.copyOf(decisions);
	}

	/** @return the planned sends that stand (not withdrawn), by survey and conversation, in the order decided */
	public synchronized List<SurveyDecision> plannedSends() {
		Map<String, SurveyDecision> standing = new LinkedHashMap<>();
		for (SurveyDecision decision : decisions) {
			String key = decision.survey() + '\u0000' + decision.conversation();
			if (decision.sends()) {
				standing.put(key, decision);
			} else {
				standing.remove(key);
			}
		}
		return List.copyOf(standing.values());
	}

	public Path file() {
		return file;
	}

	/** Flushes what was appended, then closes the file. */
	@Override
	public synchronized void close() throws IOException {
		try {
			if (!failed) {
				flush();
			}
		} finally {
			channel.close();
		}
	}

	static String format(SurveyDecision decision) {
		StringBuilder out = new StringBuilder(256);
		JsonWriter json = new JsonWriter(out).string("survey", decision.survey())
				.string("conversation", decision.conversation()).string("customer_key", decision.customerKey())
				.string("channel", decision.channel().wire()).string("trigger", decision.trigger().toString())
				.string("decided_at", decision.decidedAt().toString());
		decision.sendAt().ifPresent(at -> json.string("send_at", at.toString()));
		decision.reason().ifPresent(reason -> json.string("reason", reason.name().toLowerCase(Locale.ROOT)));
		json.string("detail", decision.detail());
		json.end();
		return out.toString();
	}

	static SurveyDecision parse(String line) throws JsonSyntaxException {
		Map<String, String> fields = new HashMap<>();
		for (JsonMember member : JsonParser.parseObject(line)) {
			if (!(member.value() instanceof String value)) {
				throw new IllegalArgumentException("'" + member.name() + "' is not a string");
			}
			fields.put(member.name(), value);
		}
		return new SurveyDecision(required(fields, "survey"), required(fields, "conversation"),
				required(fields, "customer_key"), channel(required(fields, "channel")),
				Instant.parse(required(fields, "trigger")), Instant.parse(required(fields, "decided_at")),
				Optional.ofNullable(fields.get("send_at")).map(Instant::parse),
				Optional.ofNullable(fields.get("reason")).map(r -> SkipReason.valueOf(r.toUpperCase(Locale.ROOT))),
				fields.getOrDefault("detail", ""));
	}

	private static String required(Map<String, String> fields, String name) {
		String value = fields.get(name);
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' is missing");
		}
		return value;
	}

	private static ChannelKind channel(String wire) {
		for (ChannelKind kind : ChannelKind.values()) {
			if (kind.wire().equals(wire)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("'" + wire + "' is not a channel kind");
	}
}
