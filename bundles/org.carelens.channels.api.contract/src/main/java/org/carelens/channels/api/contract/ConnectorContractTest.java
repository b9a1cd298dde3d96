package org.carelens.channels.api.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.InvalidSettingsException;
import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link ChannelConnector} must have, whether it pulls or receives pushes; a connector's test
 * extends it (or {@link ChannelConnectorContractTest} for one that pulls), says how to make an instance's settings,
 * and inherits these tests.
 */
public abstract class ConnectorContractTest {

	/** The instance id the tests run with. */
	protected static final String INSTANCE = "contract-1";

	@TempDir
	protected Path directory;

	/** @return the connector under test */
	protected abstract ChannelConnector connector();

	/**
	 * Writes (or points at) input in {@code directory} that yields at least one event, and returns settings for an
	 * instance that reads it; a connector that receives pushes returns the settings of an instance that can start.
	 */
	protected abstract Map<String, String> settingsWithInput(Path directory) throws Exception;

	protected final Settings settings() throws Exception {
		return connector().settingsSchema().validate(settingsWithInput(directory));
	}

	protected final ConnectorInstance start(Settings settings) throws Exception {
		return connector().start(new TestContext(INSTANCE, settings, Optional.empty(), new RecordingSink()));
	}

	@Test
	void theSchemaAcceptsTheSettingsAndMarksNoSecretWithADefault() throws Exception {
		for (SettingField field : connector().settingsSchema().fields()) {
			assertFalse(field.secret() && field.defaultValue().isPresent(), field.key());
		}
		settings();
	}

	@Test
	void theSchemaRefusesAnUnknownSetting() {
		assertThrows(InvalidSettingsException.class,
				() -> connector().settingsSchema().validate(Map.of("no_such_setting_anywhere", "1")));
	}

	@Test
	void stoppingTwiceIsHarmless() throws Exception {
		ConnectorInstance instance = start(settings());
		instance.stop();
		instance.stop();
	}
}
