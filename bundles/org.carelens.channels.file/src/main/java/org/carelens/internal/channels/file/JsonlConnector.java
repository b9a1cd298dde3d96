package org.carelens.internal.channels.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.ConnectorProperties;
import org.carelens.channels.api.FieldType;
import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.SettingsSchema;
import org.osgi.service.component.annotations.Component;

/**
 * A JSON Lines file of CareLens events (EVENTS.md), e.g. written by another system as it goes: each pull reads the
 * lines added since the last commit.
 */
@Component(service = ChannelConnector.class)
@ConnectorProperties(id = JsonlConnector.ID, label = "CareLens event file (JSON Lines)", channel = "CHAT",
		capabilities = "pull")
public final class JsonlConnector implements ChannelConnector {

	public static final String ID = "file.jsonl";
	static final String FILE = "file";
	static final String COMMIT = "commit_lines";

	@Override
	public SettingsSchema settingsSchema() {
		return SettingsSchema.of(SettingField.required(FILE, "Event file", FieldType.PATH, "a .jsonl file of events"),
				SettingField.optional(COMMIT, "Lines per commit", FieldType.INTEGER, "50000",
						"lines stored in one transaction before the position is committed"));
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		Path file = context.settings().path(FILE).orElseThrow();
		JsonlFile jsonl = new JsonlFile(CsvSettings.commitEvery(context.settings(), COMMIT));
		return new ConnectorInstance() {
			@Override
			public void pull() throws ConnectorException {
				if (!Files.isRegularFile(file)) {
					throw new ConnectorException("no such file: " + file);
				}
				Checkpoint from = context.checkpoint().orElse(Checkpoint.START);
				try {
					jsonl.read(file, file.getFileName().toString(), Position.of(from, ""),
							new SinkEmit(context, position -> position.into(Checkpoint.START, "")));
				} catch (IOException e) {
					throw new ConnectorException("cannot read " + file + ": " + e.getMessage(), e);
				}
			}

			@Override
			public void stop() {
				// nothing held between pulls
			}
		};
	}
}
