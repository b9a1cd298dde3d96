package org.carelens.internal.channels.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * A CSV ticket export (Zendesk, Freshdesk, osTicket, Chatwoot, ServiceNow, or any with a mapping file): each pull
 * reads the rows added since the last commit; a file replaced by a different export is read from its start, its
 * events stored once by their ids.
 */
@Component(service = ChannelConnector.class)
@ConnectorProperties(id = CsvConnector.ID, label = "CSV or XLSX ticket export", channel = "EMAIL", capabilities = "pull")
public final class CsvConnector implements ChannelConnector {

	public static final String ID = "file.csv";
	static final String FILE = "file";

	@Override
	public SettingsSchema settingsSchema() {
		List<SettingField> fields = new ArrayList<>();
		fields.add(SettingField.required(FILE, "Export file", FieldType.PATH, "the CSV or XLSX (first sheet) file exported by the tool"));
		fields.addAll(CsvSettings.fields(CsvSettings.PRESET, List.of()));
		return new SettingsSchema(fields);
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		Path file = context.settings().path(FILE).orElseThrow();
		TableFile csv = CsvSettings.tableFile(context.settings(), CsvSettings.PRESET);
		return new ConnectorInstance() {
			@Override
			public void pull() throws ConnectorException {
				if (!Files.isRegularFile(file)) {
					throw new ConnectorException("no such file: " + file);
				}
				Checkpoint from = context.checkpoint().orElse(Checkpoint.START);
				try {
					csv.read(file, file.getFileName().toString(), context.instanceId(), Position.of(from, ""),
							new SinkEmit(context, position -> position.into(Checkpoint.START, "")));
				} catch (UnfitFileException e) {
					throw new ConnectorException(e.getMessage(), e);
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
