package org.carelens.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.model.CareLensPackage;
import org.carelens.model.Workspace;
import org.carelens.model.util.CareLensResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Reads and writes the workspace configuration file {@value #FILE_NAME} of a workspace folder as XMI.
 */
public final class WorkspaceModelStore {

	/** The configuration file in a workspace folder. */
	public static final String FILE_NAME = WorkspaceConfigurations.FILE_NAME;

	private final Path file;
	private final BeforeReplace beforeReplace;

	/** @param workspace the workspace folder */
	public WorkspaceModelStore(Path workspace) {
		this(workspace, temporary -> {
		});
	}

	/** @param beforeReplace runs between writing the temporary file and replacing the configuration (tests crash here) */
	WorkspaceModelStore(Path workspace, BeforeReplace beforeReplace) {
		this.file = Objects.requireNonNull(workspace, "workspace").resolve(FILE_NAME);
		this.beforeReplace = beforeReplace;
	}

	/** A step of {@link WorkspaceModelStore#save} after the new file is written, before it replaces the old one. */
	@FunctionalInterface
	interface BeforeReplace {
		void run(Path temporary) throws IOException;
	}

	/** @return the configuration file */
	public Path file() {
		return file;
	}

	/** @return whether the workspace has a configuration file */
	public boolean exists() {
		return Files.isRegularFile(file);
	}

	/**
	 * @return the workspace configuration in the file, in a resource of its own
	 * @throws WorkspaceFormatException when the file is not a well-formed workspace configuration
	 * @throws IOException              when it cannot be read
	 */
	public Workspace load() throws IOException {
		Resource resource = newResource();
		try (InputStream in = Files.newInputStream(file)) {
			try {
				resource.load(in, loadOptions());
			} catch (IOException | RuntimeException e) {
				throw LoadProblems.describe(file, resource, e);
			}
		}
		if (!resource.getErrors().isEmpty()) {
			throw LoadProblems.describe(file, resource, null);
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof Workspace workspace) || resource.getContents().size() > 1) {
			throw new WorkspaceFormatException(file, 0, "not a CareLens workspace configuration (expected one "
					+ CareLensPackage.eNS_PREFIX + ":Workspace element of " + CareLensPackage.eNS_URI + ")", null);
		}
		return workspace;
	}

	/**
	 * Writes {@code workspace} to the file atomically: to a temporary file in the same folder, which then replaces
	 * the file, so that a failure or crash leaves the previous configuration as it was.
	 *
	 * @param workspace the configuration; a copy is saved, so it stays in the resource it is in
	 * @throws IllegalArgumentException when an element names one outside the workspace, which could never be loaded
	 */
	public void save(Workspace workspace) throws IOException {
		Workspace copy = EcoreUtil.copy(workspace);
		ExternalReferences.refuse(copy);
		Resource resource = newResource();
		resource.getContents().add(copy);
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + FILE_NAME + "-", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				OutputStream out = Channels.newOutputStream(channel);
				resource.save(out, saveOptions());
				out.flush();
				// the bytes must be on disk before the rename makes them the configuration
				channel.force(true);
			}
			beforeReplace.run(temporary);
			move(temporary);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private void move(Path temporary) throws IOException {
		try {
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private Resource newResource() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(CareLensPackage.eNS_URI, CareLensPackage.eINSTANCE);
		// created directly rather than through a registry, so that it works the same inside and outside OSGi
		ResourceImpl resource = (ResourceImpl) new CareLensResourceFactoryImpl()
				.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resources.getResources().add(resource);
		// ids are looked up once per reference: a map keeps loading linear in the number of agents
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		return resource;
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		// elements may name elements further down the file, e.g. a team its manager
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_LEXICAL_HANDLER, Boolean.TRUE);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		// write values equal to their defaults too (day="MONDAY", kind="CSAT"): a file people read must say them
		options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_SKIP_ESCAPE_URI, Boolean.TRUE);
		return options;
	}
}
