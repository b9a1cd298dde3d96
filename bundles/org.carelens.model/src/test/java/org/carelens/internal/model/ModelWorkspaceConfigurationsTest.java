package org.carelens.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.carelens.core.api.workspace.InvalidWorkspaceException;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.model.SmallWorkspace;
import org.carelens.model.Workspace;
import org.carelens.model.demo.DemoWorkspace;
import org.carelens.model.store.WorkspaceModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelWorkspaceConfigurationsTest {

	@TempDir
	Path folder;

	@Test
	void opensTheSavedDemoAsApiValues() throws IOException {
		new WorkspaceModelStore(folder).save(DemoWorkspace.create(3));
		WorkspaceConfig config = new ModelWorkspaceConfigurations().open(folder);
		assertEquals(120, config.organization().agents().size());
		assertEquals(3, config.organization().sites().size());
	}

	@Test
	void invalidConfigurationListsItsProblems() throws IOException {
		Workspace workspace = SmallWorkspace.create();
		workspace.getScorecards().get(0).getCriteria().get(0).setWeight(10);
		new WorkspaceModelStore(folder).save(workspace);
		InvalidWorkspaceException e = assertThrows(InvalidWorkspaceException.class,
				() -> new ModelWorkspaceConfigurations().open(folder));
		assertEquals(List.of("QA scorecard 'qa' criteria weights add up to 70, not 100"), e.problems());
	}
}
