package org.carelens.internal.ui;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Finds the demo data shipped in the product's {@code samples/} folder.
 */
public final class DemoData {

	static final String EVENT_FILE = "samples/demo-events.jsonl";

	private DemoData() {
	}

	/** @return the demo event file, when this installation has one */
	public static Optional<Path> eventFile() {
		Location install = Platform.getInstallLocation();
		if (install == null || install.getURL() == null) {
			return Optional.empty();
		}
		URL url = install.getURL();
		if (!"file".equals(url.getProtocol())) {
			return Optional.empty();
		}
		// Equinox location URLs are not encoded: their path is the file system path as it is.
		Path file = Path.of(url.getPath()).resolve(EVENT_FILE);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}
}
