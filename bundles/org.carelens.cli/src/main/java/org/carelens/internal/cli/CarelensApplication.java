package org.carelens.internal.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Equinox application {@code org.carelens.cli.carelens}: the {@code carelens} command line.
 */
public final class CarelensApplication implements IApplication {

	private static final long REGISTRY_WAIT_SECONDS = 30;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		context.applicationRunning();
		Map<?, ?> contextArguments = context.getArguments();
		String[] arguments = (String[]) contextArguments.get(IApplicationContext.APPLICATION_ARGS);
		// Output is UTF-8 whatever the locale, so that Vietnamese names and reasons survive a C locale.
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		try {
			return Integer.valueOf(run(arguments, out, err));
		} catch (Exception | LinkageError e) {
			// Equinox would log this to a file and exit 0: a command line must say it failed.
			err.println("carelens: internal error: " + e);
			e.printStackTrace(err);
			return Integer.valueOf(1);
		} finally {
			out.flush();
			err.flush();
		}
	}

	private static int run(String[] arguments, PrintStream out, PrintStream err) throws InterruptedException {
		BundleContext bundleContext = FrameworkUtil.getBundle(CarelensApplication.class).getBundleContext();
		if (bundleContext == null) {
			err.println("carelens: the bundle org.carelens.cli is not started; the installation is incomplete");
			return 1;
		}
		// The tracker stays open while the command runs, so that the registry is not deactivated under it.
		ServiceTracker<CommandRegistry, CommandRegistry> tracker = new ServiceTracker<>(bundleContext,
				CommandRegistry.class, null);
		tracker.open();
		try {
			CommandRegistry registry = tracker.waitForService(TimeUnit.SECONDS.toMillis(REGISTRY_WAIT_SECONDS));
			if (registry == null) {
				err.println("carelens: the command registry did not start within " + REGISTRY_WAIT_SECONDS
						+ " s; the installation is incomplete (is org.apache.felix.scr started?)");
				return 1;
			}
			boolean debug = System.getenv("CARELENS_DEBUG") != null;
			CommandLine commandLine = new CommandLine(registry, out, err, Path.of("").toAbsolutePath(), debug);
			return commandLine.run(arguments == null ? List.of() : Arrays.asList(arguments));
		} finally {
			tracker.close();
		}
	}

	@Override
	public void stop() {
		// a command runs to its end; nothing to interrupt
	}
}
