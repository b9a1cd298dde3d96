package org.carelens.internal.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.carelens.core.api.workspace.InvalidWorkspaceException;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.model.Workspace;
import org.carelens.model.convert.WorkspaceConverter;
import org.carelens.model.store.WorkspaceModelStore;
import org.carelens.model.validation.WorkspaceValidator;
import org.osgi.service.component.annotations.Component;

/**
 * Opens workspace configurations stored as XMI by the EMF model: load, validate, convert.
 */
@Component(service = WorkspaceConfigurations.class)
public final class ModelWorkspaceConfigurations implements WorkspaceConfigurations {

	@Override
	public WorkspaceConfig open(Path workspace) throws IOException {
		WorkspaceModelStore store = new WorkspaceModelStore(workspace);
		Workspace model = store.load();
		List<String> problems = WorkspaceValidator.validate(model);
		if (!problems.isEmpty()) {
			throw new InvalidWorkspaceException(store.file(), problems);
		}
		return WorkspaceConverter.config(model);
	}
}
