package org.carelens.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.model.demo.DemoWorkspace;
import org.carelens.model.store.WorkspaceModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The EMF workspace model inside a real OSGi framework: EMF resolves, and the configuration service opens a saved
 * workspace into plain API values.
 */
@ExtendWith(ServiceExtension.class)
class WorkspaceModelInOsgiTest {

	@TempDir
	Path workspace;

	@Test
	void serviceOpensASavedDemoWorkspace(@InjectService WorkspaceConfigurations configurations) throws Exception {
		new WorkspaceModelStore(workspace).save(DemoWorkspace.create(2026));
		WorkspaceConfig config = configurations.open(workspace);
		assertEquals(3, config.organization().sites().size());
		assertEquals(120, config.organization().agents().size());
		assertEquals("Asia/Ho_Chi_Minh", config.zone().getId());
	}
}
