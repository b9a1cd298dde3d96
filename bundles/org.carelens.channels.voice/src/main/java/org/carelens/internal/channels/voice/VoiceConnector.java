package org.carelens.internal.channels.voice;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.ConnectorProperties;
import org.carelens.channels.api.FieldType;
import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.SettingsSchema;
import org.osgi.service.component.annotations.Component;

/**
 * A call-center hotline, live from the Asterisk Manager Interface: the queue events of its calls as they happen,
 * reconnecting after a drop and filling the gap from the {@code queue_log}.
 */
@Component(service = ChannelConnector.class)
@ConnectorProperties(id = VoiceConnector.ID, label = "Asterisk hotline (Manager Interface)", channel = "VOICE",
		capabilities = "push")
public final class VoiceConnector implements ChannelConnector {

	public static final String ID = "voice.asterisk";
	static final String HOST = "host";
	static final String PORT = "port";
	static final String USERNAME = "username";
	static final String SECRET = "secret";
	static final String QUEUE_LOG = "queue_log";
	static final String QUEUES = "queues";
	static final String KEEPALIVE = "keepalive";
	static final String RECONNECT_MAX = "reconnect_max";

	@Override
	public SettingsSchema settingsSchema() {
		return SettingsSchema.of(
				SettingField.required(HOST, "AMI host", FieldType.TEXT, "the Asterisk server, e.g. 10.0.0.15"),
				SettingField.optional(PORT, "AMI port", FieldType.INTEGER, "5038", "manager.conf [general] port"),
				SettingField.required(USERNAME, "AMI user", FieldType.TEXT,
						"a manager.conf user with read = agent,call"),
				SettingField.secret(SECRET, "AMI secret", "the user's secret in manager.conf"),
				SettingField.optional(QUEUE_LOG, "queue_log file", FieldType.PATH,
						"to fill the gaps after a dropped connection or a restart, usually "
								+ "/var/log/asterisk/queue_log; blank: calls during a gap are missed"),
				SettingField.optional(QUEUES, "Queues", FieldType.TEXT,
						"the queues to take, comma-separated; blank: all"),
				SettingField.optional(KEEPALIVE, "Keep-alive", FieldType.DURATION, "PT30S",
						"a quiet connection is pinged after this, and given up after twice this"),
				SettingField.optional(RECONNECT_MAX, "Longest reconnect wait", FieldType.DURATION, "PT1M",
						"reconnect attempts wait 1 s, then twice as long each time, up to this"));
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		return VoiceInstance.start(context, VoiceSettings.of(context.settings()));
	}
}
