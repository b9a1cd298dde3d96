package org.carelens.internal.channels.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.ConnectorProperties;
import org.carelens.channels.api.FieldType;
import org.carelens.channels.api.Rejected;
import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.SettingsSchema;
import org.osgi.service.component.annotations.Component;

/**
 * A watched folder: every file dropped in is imported once, in name order. A file is known by the SHA-256 of its
 * content, so a file renamed or dropped again is not imported twice, while a changed file is imported as new (its
 * unchanged rows are duplicates, stored once). A file still being written (changed in the last {@code settle}) waits
 * for the next pull. A file whose header fits no column of its format is quarantined whole, with the reason.
 */
@Component(service = ChannelConnector.class)
@ConnectorProperties(id = FolderConnector.ID, label = "Watched folder", channel = "EMAIL", capabilities = "pull")
public final class FolderConnector implements ChannelConnector {

	public static final String ID = "file.folder";
	static final String FOLDER = "folder";
	static final String FORMAT = "format";
	static final String SETTLE = "settle";
	static final String JSONL = "jsonl";
	static final String DONE = "done.";
	static final String CURRENT = "current";

	@Override
	public SettingsSchema settingsSchema() {
		List<SettingField> fields = new ArrayList<>();
		fields.add(SettingField.required(FOLDER, "Folder", FieldType.PATH, "the folder files are dropped into"));
		fields.addAll(CsvSettings.fields(FORMAT, List.of(JSONL)));
		fields.add(SettingField.optional(SETTLE, "Settle time", FieldType.DURATION, "PT2S",
				"a file changed more recently than this is still being written and waits"));
		return new SettingsSchema(fields);
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		Path folder = context.settings().path(FOLDER).orElseThrow();
		boolean jsonl = context.settings().required(FORMAT).equals(JSONL);
		TableFile csv = jsonl ? null : CsvSettings.tableFile(context.settings(), FORMAT);
		JsonlFile lines = new JsonlFile(CsvSettings.commitEvery(context.settings(), CsvSettings.COMMIT));
		Duration settle = context.settings().duration(SETTLE).orElse(Duration.ZERO);
		return new ConnectorInstance() {
			@Override
			public void pull() throws ConnectorException {
				if (!Files.isDirectory(folder)) {
					throw new ConnectorException("no such folder: " + folder);
				}
				// the checkpoint is read once per pull and carried from file to file: each commit builds on the last
				Checkpoint checkpoint = context.checkpoint().orElse(Checkpoint.START);
				for (Path file : files(folder, settle)) {
					if (context.stopRequested()) {
						return;
					}
					checkpoint = importOnce(file, checkpoint);
				}
			}

			/** @return the checkpoint committed last */
			private Checkpoint importOnce(Path file, Checkpoint checkpoint) throws ConnectorException {
				String hash = sha256(file);
				if (checkpoint.get(DONE + hash).isPresent()) {
					return checkpoint;
				}
				Position from = checkpoint.get(CURRENT).filter(hash::equals).isPresent()
						? Position.of(checkpoint, CURRENT + ".")
						: Position.START;
				Checkpoint base = checkpoint.without(CURRENT).without(CURRENT + ".records")
						.without(CURRENT + ".hash");
				SinkEmit emit = new SinkEmit(context,
						position -> position.into(base.with(CURRENT, hash), CURRENT + "."));
				String source = file.getFileName().toString();
				try {
					if (jsonl) {
						lines.read(file, source, from, emit);
					} else {
						csv.read(file, source, context.instanceId(), from, emit);
					}
				} catch (IOException e) {
					throw new ConnectorException("cannot read " + file + ": " + e.getMessage(), e);
				} catch (UnfitFileException e) {
					// the file itself does not fit its format: quarantine it whole, once
					context.sink().reject(new Rejected(source, OptionalLong.empty(), e.getMessage(), ""));
				}
				if (context.stopRequested()) {
					return checkpoint;
				}
				Checkpoint done = base.with(DONE + hash, source);
				context.sink().commit(done);
				return done;
			}

			@Override
			public void stop() {
				// nothing held between pulls
			}
		};
	}

	/** @return the files to import, in name order: not hidden, not partial downloads, settled */
	static List<Path> files(Path folder, Duration settle) throws ConnectorException {
		Instant settled = Instant.now().minus(settle);
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(Files::isRegularFile).filter(path -> {
				String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
				return !name.startsWith(".") && !name.endsWith(".tmp") && !name.endsWith(".part")
						&& !name.endsWith(".crdownload");
			}).filter(path -> {
				try {
					return !Files.getLastModifiedTime(path).toInstant().isAfter(settled);
				} catch (IOException e) {
					return false;
				}
			}).sorted().toList();
		} catch (IOException e) {
			throw new ConnectorException("cannot list " + folder + ": " + e.getMessage(), e);
		}
	}

	static String sha256(Path file) throws ConnectorException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			int read;
			while ((read = in.read(buffer)) > 0) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (IOException e) {
			throw new ConnectorException("cannot read " + file + ": " + e.getMessage(), e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java", e);
		}
	}
}
