package org.carelens.internal.channels.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.carelens.channels.api.Checkpoint;

/**
 * The committed checkpoint of one channel instance: {@code channels/INSTANCE.checkpoint} in the workspace folder.
 * <p>
 * Written only after the events before it are durable in the event store, by replacing the file with a complete new
 * one (written, forced to disk, renamed), so that a crash leaves either the old or the new checkpoint. A crash
 * after the store commit and before the rename leaves the old checkpoint: the instance then replays the last pass,
 * whose events carry the same ids and are stored once. That is why the checkpoint can live outside the store's
 * transaction, which keeps the store API free of connector concerns and works with every store.
 */
public final class CheckpointFile {

	/** The folder in a workspace that holds the channel instances' checkpoints. */
	public static final String FOLDER = "channels";

	private final Path file;

	public CheckpointFile(Path workspace, String instanceId) {
		this.file = workspace.resolve(FOLDER).resolve(instanceId + ".checkpoint");
	}

	public Path file() {
		return file;
	}

	/** @return the committed checkpoint; empty when the instance has never committed */
	public Optional<Checkpoint> read() throws IOException {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		Map<String, String> positions = new TreeMap<>();
		properties.stringPropertyNames().forEach(key -> positions.put(key, properties.getProperty(key)));
		return Optional.of(new Checkpoint(positions));
	}

	public void write(Checkpoint checkpoint) throws IOException {
		Path folder = file.getParent();
		Files.createDirectories(folder);
		Properties properties = new Properties();
		properties.putAll(checkpoint.positions());
		Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				OutputStream out = Channels.newOutputStream(channel);
				properties.store(out, "committed checkpoint of channel instance; written by CareLens");
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Forgets the checkpoint: the instance starts again from the beginning of its source. */
	public void delete() throws IOException {
		Files.deleteIfExists(file);
	}
}
