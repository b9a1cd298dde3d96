package org.carelens.internal.channels.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.contract.ChannelConnectorContractTest;

class JsonlConnectorContractTest extends ChannelConnectorContractTest {

	static final String OPENED = """
			{"id":"e-1","type":"conversation.opened","at":"2026-02-10T08:15:00+07:00","conversation":"c-1","channel":"CHAT","customer":"k-1"}
			{"id":"e-2","type":"message","at":"2026-02-10T08:16:00+07:00","conversation":"c-1","author":"agent","agent":"a-1"}
			not json
			{"id":"e-3","type":"resolved","at":"2026-02-10T08:30:00+07:00","conversation":"c-1"}
			""";

	@Override
	protected ChannelConnector connector() {
		return new JsonlConnector();
	}

	@Override
	protected Map<String, String> settingsWithInput(Path directory) throws Exception {
		Path file = directory.resolve("events.jsonl");
		Files.writeString(file, OPENED);
		return Map.of("file", file.toString(), "commit_lines", "2");
	}

	@Override
	protected boolean addInput(Path directory) throws Exception {
		Files.writeString(directory.resolve("events.jsonl"),
				"{\"id\":\"e-4\",\"type\":\"reopened\",\"at\":\"2026-02-11T08:00:00+07:00\",\"conversation\":\"c-1\"}\n",
				StandardOpenOption.APPEND);
		return true;
	}
}
