package org.carelens.internal.channels.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileImportTest {

	@TempDir
	Path dir;

	@Test
	void csvQuotesLineBreaksAndTheLineEachRecordStartsOn() throws Exception {
		CsvReader csv = new CsvReader(new StringReader("\uFEFFa,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\nlast,\n"), ',');
		assertEquals(List.of("a", "b"), List.of(csv.next()));
		assertEquals(1, csv.recordLine());
		assertEquals(List.of("x, \"y\"", "two\nlines"), List.of(csv.next()));
		assertEquals(2, csv.recordLine());
		assertEquals(List.of("last", ""), List.of(csv.next()));
		assertEquals(4, csv.recordLine());
		assertEquals(null, csv.next());
	}

	@Test
	void anUnclosedQuoteRejectsTheRestWithItsLineAndKeepsTheRowsBefore() throws Exception {
		Path file = dir.resolve("t.csv");
		Files.writeString(file, Files.readString(Run.fixture("zendesk-tickets.csv")).replace("\"Máy lọc", "\"Máy lọc ")
				.replace("\"\"E4\"\"\"", "\"\"E4\"\""));
		Run run = Run.pull(new CsvConnector(), "z", Map.of("file", file.toString(), "preset", "zendesk"),
				Optional.empty());
		assertEquals(List.of("z:4521:opened", "z:4521:assigned:Trần Thị Bình", "z:4521:reply",
				"z:4521:resolved:1770696900", "z:4521:csat:5",
				"z:4522:opened"), run.ids());
		assertEquals(List.of("t.csv:4: a quoted field that starts on line 4 is not closed before the end of the file"),
				run.problems());
	}

	@Test
	void aFolderImportsEachFileOnceByContentAndQuarantinesAFileOfAnotherFormatWhole() throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		Files.copy(Run.fixture("zendesk-tickets.csv"), inbox.resolve("monday.csv"));
		Files.copy(Run.fixture("freshdesk-tickets.csv"), inbox.resolve("other.csv"));
		Files.writeString(inbox.resolve(".hidden.csv"), "ignored");
		Map<String, String> settings = Map.of("folder", inbox.toString(), "format", "zendesk", "settle", "0");
		Run first = Run.pull(new FolderConnector(), "drop", settings, Optional.empty());
		assertEquals(11, first.events().size());
		assertEquals(List.of("monday.csv:5: 'Created at': '10 Feb 2026' matches none of the timestamp formats "
				+ "[iso, yyyy-MM-dd HH:mm:ss Z, yyyy-MM-dd HH:mm Z, dd/MM/yyyy HH:mm]",
				"other.csv: other.csv does not match Zendesk tickets: missing columns 'Id', 'Created at', 'Requester'"
						+ " (its columns: " + String.join(", ", List.of(Files.readAllLines(
								Run.fixture("freshdesk-tickets.csv")).get(0).split(",")).stream()
								.map(c -> "'" + c + "'").toList()) + ")"),
				first.problems());
		Files.copy(Run.fixture("zendesk-tickets.csv"), inbox.resolve("monday-copy.csv"));
		assertEquals(List.of(), Run.pull(new FolderConnector(), "drop", settings, first.checkpoint()).ids(),
				"the same content under another name is not imported again");
	}
}
