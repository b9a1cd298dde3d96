package org.carelens.internal.cli;

import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.CommandProperties;
import org.carelens.cli.spi.UsageException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Component;

/**
 * {@code carelens version}: the CareLens build and the Java it runs on, for bug reports.
 */
@Component(service = Command.class)
@CommandProperties(name = "version", summary = "Print the version of CareLens and of the Java it runs on")
public final class VersionCommand implements Command {

	@Override
	public String usage() {
		return "Usage: carelens version";
	}

	@Override
	public int run(CommandContext context) throws Exception {
		if (!context.arguments().isEmpty()) {
			throw new UsageException("version takes no arguments");
		}
		Version version = FrameworkUtil.getBundle(VersionCommand.class).getVersion();
		context.out().println(describe(version));
		context.out().println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
				+ "), " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		return OK;
	}

	static String describe(Version version) {
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		return version.getQualifier().isEmpty() ? "CareLens " + release
				: "CareLens " + release + " (build " + version.getQualifier() + ")";
	}
}
