package org.carelens.model.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.carelens.model.CareLensFactory;
import org.carelens.model.Manager;
import org.carelens.model.SmallWorkspace;
import org.carelens.model.Workspace;
import org.carelens.model.demo.DemoWorkspace;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceModelStoreTest {

	@TempDir
	Path folder;

	@Test
	void savedWorkspaceLoadsEqual() throws IOException {
		WorkspaceModelStore store = new WorkspaceModelStore(folder);
		Workspace demo = DemoWorkspace.create(7);
		store.save(demo);
		Workspace loaded = store.load();
		assertTrue(EcoreUtil.equals(demo, loaded), "the loaded workspace differs from the saved one");
		assertEquals("mgr-hn-1", loaded.getTeams().get(0).getManager().getId());
		assertEquals(folder.resolve("workspace.carelens"), store.file());
	}

	@Test
	void savedFileIsReadableXmlWithTheModelsOwnIds() throws IOException {
		WorkspaceModelStore store = new WorkspaceModelStore(folder);
		store.save(SmallWorkspace.create());
		String xml = Files.readString(store.file(), StandardCharsets.UTF_8);
		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
		assertTrue(xml.contains("<teams id=\"t-hn-1\" name=\"Chat Hà Nội\" site=\"hn\" manager=\"m-1\"/>"), xml);
		assertTrue(xml.contains("defaultCalendar=\"office\""), xml);
		// values equal to the defaults are written too: a reader must not have to know them
		assertTrue(xml.contains("<hours day=\"MONDAY\" start=\"08:00\" end=\"12:00\"/>"), xml);
		assertTrue(xml.contains("timeZone=\"Asia/Ho_Chi_Minh\""), xml);
		assertTrue(xml.contains("kind=\"CSAT\""), xml);
		assertFalse(xml.contains("xmi:id"), xml);
		assertTrue(xml.lines().count() > 20, "pretty-printed, one element a line");
	}

	@Test
	void savingLeavesTheCallersWorkspaceWhereItWas() throws IOException {
		Workspace workspace = SmallWorkspace.create();
		new WorkspaceModelStore(folder).save(workspace);
		assertEquals(null, workspace.eResource());
	}

	@Test
	void malformedXmlIsReportedWithFileAndLine() throws IOException {
		WorkspaceModelStore store = new WorkspaceModelStore(folder);
		Files.writeString(store.file(), """
				<?xml version="1.0" encoding="UTF-8"?>
				<carelens:Workspace xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:carelens="http://carelens.org/model/workspace/1.0" name="x">
				  <sites id="hn" name="Hà Nội">
				</carelens:Workspace>
				""");
		WorkspaceFormatException e = assertThrows(WorkspaceFormatException.class, store::load);
		assertEquals(OptionalInt.of(5), e.line());
		assertTrue(e.getMessage().startsWith(store.file() + ":5: "), e.getMessage());
		assertTrue(e.reason().contains("sites"), e.reason());
	}

	@Test
	void unknownReferenceIsReportedWithWhatItNames() throws IOException {
		WorkspaceModelStore store = new WorkspaceModelStore(folder);
		Files.writeString(store.file(), """
				<?xml version="1.0" encoding="UTF-8"?>
				<carelens:Workspace xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:carelens="http://carelens.org/model/workspace/1.0" name="x">
				  <teams id="t-hn-1" name="Chat" manager="m-9"/>
				</carelens:Workspace>
				""");
		WorkspaceFormatException e = assertThrows(WorkspaceFormatException.class, store::load);
		assertEquals(OptionalInt.of(4), e.line());
		assertEquals("Team 't-hn-1' names manager 'm-9', which does not exist", e.reason());
	}

	@Test
	void unknownElementAndIllegalValueAreReported() throws IOException {
		WorkspaceModelStore store = new WorkspaceModelStore(folder);
		Files.writeString(store.file(), """
				<?xml version="1.0" encoding="UTF-8"?>
				<carelens:Workspace xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:carelens="http://carelens.org/model/workspace/1.0" name="x">
				  <channels id="c" name="C" kind="CHATT" connectorId="webchat"/>
				</carelens:Workspace>
				""");
		WorkspaceFormatException e = assertThrows(WorkspaceFormatException.class, store::load);
		assertEquals(OptionalInt.of(4), e.line());
		assertEquals("Value 'CHATT' is not legal.", e.reason());
	}

	@Test
	void anotherModelIsNotAWorkspace() throws IOException {
		WorkspaceModelStore store = new WorkspaceModelStore(folder);
		Files.writeString(store.file(), "<?xml version=\"1.0\"?><foo/>");
		WorkspaceFormatException e = assertThrows(WorkspaceFormatException.class, store::load);
		assertTrue(e.getMessage().startsWith(store.file().toString()), e.getMessage());
	}

	@Test
	void crashBeforeReplacingLeavesThePreviousFileUntouchedAndNoTemporaryFile() throws IOException {
		new WorkspaceModelStore(folder).save(SmallWorkspace.create());
		Path file = folder.resolve(WorkspaceModelStore.FILE_NAME);
		byte[] before = Files.readAllBytes(file);
		List<Path> written = new ArrayList<>();
		WorkspaceModelStore crashing = new WorkspaceModelStore(folder, temporary -> {
			written.add(temporary);
			throw new IOException("disk full");
		});

		assertThrows(IOException.class, () -> crashing.save(DemoWorkspace.create(1)));

		assertEquals(folder, written.get(0).getParent(), "written next to the configuration, so the move is a rename");
		assertArrayEquals(before, Files.readAllBytes(file));
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList());
		}
		assertEquals("Small shop", crashing.load().getName());
	}

	@Test
	void workspaceNamingAnElementOutsideItIsNotSaved() throws IOException {
		WorkspaceModelStore store = new WorkspaceModelStore(folder);
		store.save(SmallWorkspace.create());
		byte[] before = Files.readAllBytes(store.file());
		Workspace broken = SmallWorkspace.create();
		Manager stray = CareLensFactory.eINSTANCE.createManager();
		stray.setId("m-stray");
		broken.getTeams().get(0).setManager(stray);

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.save(broken));

		assertEquals("Team 't-hn-1' names manager 'm-stray', which is not in the workspace; it cannot be saved",
				e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(store.file()));
	}

	@Test
	void saveReplacesTheFile() throws IOException {
		WorkspaceModelStore store = new WorkspaceModelStore(folder);
		store.save(SmallWorkspace.create());
		Workspace renamed = SmallWorkspace.create();
		renamed.setName("Renamed");
		store.save(renamed);
		assertEquals("Renamed", store.load().getName());
	}

	@Test
	void missingFileIsAnIoErrorNamingIt() {
		WorkspaceModelStore store = new WorkspaceModelStore(folder);
		assertFalse(store.exists());
		IOException e = assertThrows(IOException.class, store::load);
		assertTrue(e.getMessage().contains("workspace.carelens"), e.getMessage());
	}
}
