package org.carelens.core.api.workspace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the configuration of a workspace folder; a service, so that callers never see how it is stored.
 */
public interface WorkspaceConfigurations {

	/** The name of the configuration file in a workspace folder. */
	String FILE_NAME = "workspace.carelens";

	/**
	 * @param workspace the workspace folder, holding {@value #FILE_NAME}
	 * @return its configuration, checked and converted
	 * @throws InvalidWorkspaceException when the file is valid XML but the configuration breaks a rule
	 * @throws IOException               when the file cannot be read or is not a workspace configuration
	 */
	WorkspaceConfig open(Path workspace) throws IOException;
}
