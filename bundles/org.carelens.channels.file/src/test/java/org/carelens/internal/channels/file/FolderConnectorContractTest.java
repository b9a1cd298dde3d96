package org.carelens.internal.channels.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.contract.ChannelConnectorContractTest;

class FolderConnectorContractTest extends ChannelConnectorContractTest {

	@Override
	protected ChannelConnector connector() {
		return new FolderConnector();
	}

	@Override
	protected Map<String, String> settingsWithInput(Path directory) throws Exception {
		Path inbox = Files.createDirectories(directory.resolve("inbox"));
		Files.copy(Run.fixture("zendesk-tickets.csv"), inbox.resolve("a.csv"));
		return Map.of("folder", inbox.toString(), "format", "zendesk", "settle", "0", "commit_rows", "2");
	}

	@Override
	protected boolean addInput(Path directory) throws Exception {
		Files.copy(Run.fixture("zendesk-tickets.csv"), directory.resolve("inbox/a-again.csv"));
		List<String> lines = Files.readAllLines(Run.fixture("zendesk-tickets.csv"));
		Files.write(directory.resolve("inbox/b.csv"), List.of(lines.get(0), lines.get(1).replace(",4521,", ",9521,")));
		return true;
	}
}
