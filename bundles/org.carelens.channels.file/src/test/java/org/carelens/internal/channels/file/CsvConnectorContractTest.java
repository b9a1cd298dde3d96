package org.carelens.internal.channels.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.contract.ChannelConnectorContractTest;

class CsvConnectorContractTest extends ChannelConnectorContractTest {

	@Override
	protected ChannelConnector connector() {
		return new CsvConnector();
	}

	@Override
	protected Map<String, String> settingsWithInput(Path directory) throws Exception {
		Path file = directory.resolve("tickets.csv");
		Files.copy(Run.fixture("zendesk-tickets.csv"), file);
		return Map.of("file", file.toString(), "preset", "zendesk", "commit_rows", "2");
	}

	@Override
	protected boolean addInput(Path directory) throws Exception {
		Files.writeString(directory.resolve("tickets.csv"), ",4600,Vũ Nam,372010,,,,,,,,,Open,Low,Mail,,"
				+ "2026-02-12 08:00:00 +0700" + ",,,,,,,,,,,,,,,,,,,,,,,,\n", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		return true;
	}
}
