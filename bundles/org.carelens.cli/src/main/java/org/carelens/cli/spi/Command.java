package org.carelens.cli.spi;

/**
 * A sub-command of the {@code carelens} command line, registered as an OSGi service.
 * <p>
 * Register it with {@link CommandProperties} so that its name and summary are readable without activating it:
 *
 * <pre>
 * &#64;Component(service = Command.class)
 * &#64;CommandProperties(name = "import", summary = "Import event files into a workspace")
 * public final class ImportCommand implements Command { ... }
 * </pre>
 *
 * Names are unique: a second command with a name already taken is rejected and reported.
 */
public interface Command {

	/** Exit code: the command did what was asked and found nothing wrong. */
	int OK = 0;
	/** Exit code: the command ran, and what it checked or processed had problems. */
	int FAILED = 1;
	/** Exit code: the command line was wrong (unknown option, missing file); nothing was done. */
	int USAGE = 2;

	/** Service property: the name typed after {@code carelens}. */
	String NAME = "carelens.command.name";
	/** Service property: one line saying what the command does, for {@code carelens --help}. */
	String SUMMARY = "carelens.command.summary";

	/**
	 * @return the synopsis and options, several lines, without the summary, e.g.
	 *         {@code "carelens validate [--quiet] FILE..."} followed by one line per option
	 */
	String usage();

	/**
	 * Runs the command.
	 *
	 * @return an exit code, {@link #OK}, {@link #FAILED} or a command-specific code
	 * @throws UsageException when the arguments are wrong; the caller prints the message and the usage and exits
	 *                        with {@link #USAGE}
	 * @throws Exception      on any other failure; the caller reports it and exits with {@link #FAILED}
	 */
	int run(CommandContext context) throws Exception;
}
