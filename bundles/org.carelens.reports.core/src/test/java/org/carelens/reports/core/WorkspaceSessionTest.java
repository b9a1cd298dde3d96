package org.carelens.reports.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSessionTest {

	@TempDir
	Path dir;

	@Test
	void aFolderWithoutConfigurationOrStoreIsRefusedAndLeftAlone() throws IOException {
		Files.writeString(dir.resolve("notes.txt"), "not a workspace");
		IOException e = assertThrows(IOException.class, () -> WorkspaceSession.configuration(dir, Optional.empty()));
		assertEquals(dir + " is not a CareLens workspace: it has neither workspace.carelens nor events.duckdb",
				e.getMessage());
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no store was created in it");
		}
	}

	@Test
	void aConfigurationThatNoServiceCanReadIsAnError() throws IOException {
		Files.writeString(dir.resolve("workspace.carelens"), "<workspace/>");
		IOException e = assertThrows(IOException.class, () -> WorkspaceSession.configuration(dir, Optional.empty()));
		assertEquals("the workspace has a configuration (" + dir.resolve("workspace.carelens")
				+ ") but the service that reads it is not installed", e.getMessage());
	}
}
