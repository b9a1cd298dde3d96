package org.carelens.internal.channels.asterisk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.EventSink;
import org.carelens.channels.api.Rejected;
import org.carelens.core.api.Event;
import org.carelens.internal.channels.asterisk.QueueLogParser.LineException;

/**
 * Reads an Asterisk {@code queue_log} from the committed byte offset to its last complete line, so that a pull every
 * few seconds follows the growing file. The checkpoint names the file by its file key (device and inode), so that
 * after a rotation (the file renamed to {@code queue_log.1} or similar and a new one started) the rest of the renamed
 * file is read first, then the new file from its start; a file shorter than the offset was truncated in place and is
 * read from its start.
 */
public final class QueueLogFile {

	public static final String FILE_KEY = "file_key";
	public static final String OFFSET = "offset";
	public static final String LINE = "line";

	private final Path file;
	private final QueueLogParser parser;
	private final int commitEvery;

	public QueueLogFile(Path file, String instance, int commitEvery) {
		this(file, instance, commitEvery, queue -> true);
	}

	/** @param queues the queues whose calls are read; the lines of others are skipped */
	public QueueLogFile(Path file, String instance, int commitEvery, Predicate<String> queues) {
		this.file = file;
		this.parser = new QueueLogParser(instance, queues);
		this.commitEvery = commitEvery;
	}

	/** Reads what is new since {@code from}, commits it, and returns the checkpoint committed last. */
	public Checkpoint pull(Checkpoint from, EventSink sink, BooleanSupplier stop) throws ConnectorException {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		} catch (NoSuchFileException e) {
			if (from.get(FILE_KEY).isPresent()) {
				return from; // rotated away and not recreated yet: the next pull finds the new file
			}
			throw new ConnectorException("no such file: " + file);
		} catch (IOException e) {
			throw new ConnectorException("cannot read " + file + ": " + e.getMessage(), e);
		}
		String key = String.valueOf(attributes.fileKey());
		Checkpoint position = from;
		Optional<String> previous = from.get(FILE_KEY);
		if (previous.isPresent() && !previous.get().equals(key)) {
			Optional<Path> rotated = rotated(previous.get());
			if (rotated.isPresent()) {
				read(rotated.get(), from, true, sink, stop);
			}
			position = start(key);
			sink.commit(position);
		} else if (previous.isEmpty() || attributes.size() < from.number(OFFSET)) {
			position = start(key);
		}
		return read(file, position, false, sink, stop);
	}

	private static Checkpoint start(String key) {
		return Checkpoint.START.with(FILE_KEY, key).with(OFFSET, "0").with(LINE, "0");
	}

	/** @return the file in the same folder whose file key is {@code key}: the log as it was before the rotation */
	private Optional<Path> rotated(String key) throws ConnectorException {
		Path folder = file.toAbsolutePath().getParent();
		String name = file.getFileName().toString();
		try (Stream<Path> siblings = Files.list(folder)) {
			return siblings.filter(p -> p.getFileName().toString().startsWith(name) && !p.equals(file.toAbsolutePath()))
					.filter(p -> {
						try {
							return key.equals(String.valueOf(
									Files.readAttributes(p, BasicFileAttributes.class).fileKey()));
						} catch (IOException e) {
							return false;
						}
					}).findFirst();
		} catch (IOException e) {
			throw new ConnectorException("cannot list " + folder + ": " + e.getMessage(), e);
		}
	}

	/**
	 * @param finished whether the file no longer grows (rotated away): a last line without line end is then complete
	 */
	private Checkpoint read(Path path, Checkpoint from, boolean finished, EventSink sink, BooleanSupplier stop)
			throws ConnectorException {
		long offset = from.number(OFFSET);
		long line = from.number(LINE);
		String source = path.getFileName().toString();
		Checkpoint committed = from;
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
			channel.position(offset);
			ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
			byte[] pending = new byte[0];
			long sinceCommit = 0;
			while (channel.read(buffer) > 0) {
				buffer.flip();
				byte[] bytes = new byte[pending.length + buffer.remaining()];
				System.arraycopy(pending, 0, bytes, 0, pending.length);
				buffer.get(bytes, pending.length, buffer.remaining());
				buffer.clear();
				int start = 0;
				for (int i = 0; i < bytes.length; i++) {
					if (bytes[i] == '\n') {
						line++;
						handle(new String(bytes, start, i - start, StandardCharsets.UTF_8), source, line, sink);
						offset += i + 1 - start;
						start = i + 1;
						if (++sinceCommit >= commitEvery) {
							committed = from.with(OFFSET, Long.toString(offset)).with(LINE, Long.toString(line));
							sink.commit(committed);
							sinceCommit = 0;
							if (stop.getAsBoolean()) {
								return committed;
							}
						}
					}
				}
				pending = Arrays.copyOfRange(bytes, start, bytes.length);
				if (pending.length > 1 << 20) {
					throw new ConnectorException(source + ":" + (line + 1) + ": a line longer than 1 MB");
				}
			}
			if (finished && pending.length > 0) {
				line++;
				handle(new String(pending, StandardCharsets.UTF_8), source, line, sink);
				offset += pending.length;
			}
		} catch (IOException e) {
			throw new ConnectorException("cannot read " + path + ": " + e.getMessage(), e);
		}
		committed = from.with(OFFSET, Long.toString(offset)).with(LINE, Long.toString(line));
		sink.commit(committed);
		return committed;
	}

	private void handle(String text, String source, long line, EventSink sink) {
		String trimmed = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
		if (trimmed.isBlank()) {
			return;
		}
		try {
			List<Event> events = parser.parse(trimmed);
			events.forEach(sink::accept);
		} catch (LineException | IllegalArgumentException e) {
			sink.reject(Rejected.row(source, line, e.getMessage(), trimmed));
		}
	}
}
