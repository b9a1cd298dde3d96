package org.carelens.internal.channels.file;

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
import org.carelens.internal.channels.asterisk.QueueLogFile;
import org.osgi.service.component.annotations.Component;

/**
 * An Asterisk {@code queue_log}: run once it imports the file; run continuously it follows the growing file through
 * its rotations.
 */
@Component(service = ChannelConnector.class)
@ConnectorProperties(id = QueueLogConnector.ID, label = "Asterisk queue_log", channel = "VOICE",
		capabilities = "pull")
public final class QueueLogConnector implements ChannelConnector {

	public static final String ID = "file.asterisk-queue-log";
	static final String FILE = "file";
	static final String COMMIT = "commit_lines";

	@Override
	public SettingsSchema settingsSchema() {
		return SettingsSchema.of(
				SettingField.required(FILE, "queue_log file", FieldType.PATH,
						"usually /var/log/asterisk/queue_log; rotated copies next to it are found by their inode"),
				SettingField.optional(COMMIT, "Lines per commit", FieldType.INTEGER, "10000",
						"lines stored in one transaction before the position is committed"));
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		Path file = context.settings().path(FILE).orElseThrow();
		QueueLogFile log = new QueueLogFile(file, context.instanceId(),
				CsvSettings.commitEvery(context.settings(), COMMIT));
		return new ConnectorInstance() {
			@Override
			public void pull() throws ConnectorException {
				log.pull(context.checkpoint().orElse(Checkpoint.START), context.sink(), context::stopRequested);
			}

			@Override
			public void stop() {
				// nothing held between pulls
			}
		};
	}
}
