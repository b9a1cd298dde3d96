package org.carelens.internal.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The server's log: java.util.logging (where {@link System.Logger} and, through slf4j-jdk14, Jetty write) into
 * {@code carelens-server.0.log} in the log folder, rolled over at 10 MB, the last 5 files kept.
 * <p>
 * java.util.logging closes every handler from its own shutdown hook, which runs beside the server's: the server's
 * own lines go through {@link #note} straight to the file, which only {@link #close()} closes, so that the log says
 * how the server stopped.
 */
final class ServerLog implements AutoCloseable {

	static final int LIMIT_BYTES = 10 * 1024 * 1024;
	static final int FILES = 5;

	private final FileHandler file;
	private final Handler kept;
	private final Logger root = Logger.getLogger("");

	private ServerLog(FileHandler file) {
		this.file = file;
		this.kept = new Handler() {
			@Override
			public void publish(LogRecord record) {
				file.publish(record);
				file.flush();
			}

			@Override
			public void flush() {
				file.flush();
			}

			@Override
			public void close() {
				// the log manager's reset at shutdown: kept open for the server's last lines
				file.flush();
			}
		};
		kept.setLevel(Level.INFO);
	}

	/** Writes one of the server's own lines to the file, and to the console, even while the JVM shuts down. */
	void note(Level level, String message) {
		LogRecord record = new LogRecord(level, message);
		record.setLoggerName("org.carelens.server");
		kept.publish(record);
		System.err.println(message);
	}

	static ServerLog open(Path folder) throws IOException {
		Files.createDirectories(folder);
		FileHandler handler = new FileHandler(folder.resolve("carelens-server.%g.log").toString(), LIMIT_BYTES, FILES,
				true);
		handler.setEncoding("UTF-8");
		handler.setLevel(Level.INFO);
		handler.setFormatter(new LineFormatter());
		ServerLog log = new ServerLog(handler);
		log.root.addHandler(log.kept);
		return log;
	}

	@Override
	public void close() {
		root.removeHandler(kept);
		file.close();
	}

	/** One line per record: time, level, logger, message, and the stack trace when there is one. */
	private static final class LineFormatter extends Formatter {
		@Override
		public String format(LogRecord record) {
			StringBuilder line = new StringBuilder().append(record.getInstant()).append(' ')
					.append(record.getLevel().getName()).append(' ').append(record.getLoggerName()).append(": ")
					.append(formatMessage(record)).append(System.lineSeparator());
			if (record.getThrown() != null) {
				java.io.StringWriter trace = new java.io.StringWriter();
				record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
				line.append(trace);
			}
			return line.toString();
		}
	}
}
