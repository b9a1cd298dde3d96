package org.carelens.internal.server;

import org.carelens.cli.spi.UsageException;

/**
 * The address the server binds, {@code HOST:PORT}.
 *
 * @param host an interface address or name; 127.0.0.1 by default, so that nothing is exposed unless asked for
 * @param port 0 to 65535; 0 lets the system choose
 */
record Listen(String host, int port) {

	static final Listen DEFAULT = new Listen("127.0.0.1", 8080);

	static Listen parse(String text) throws UsageException {
		int colon = text.lastIndexOf(':');
		if (colon <= 0 || colon == text.length() - 1) {
			throw new UsageException("--listen " + text + ": HOST:PORT expected, e.g. 127.0.0.1:8080");
		}
		String host = text.substring(0, colon);
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		int port;
		try {
			port = Integer.parseInt(text.substring(colon + 1));
		} catch (NumberFormatException e) {
			throw new UsageException("--listen " + text + ": the port is not a number");
		}
		if (port < 0 || port > 65_535) {
			throw new UsageException("--listen " + text + ": the port is not between 0 and 65535");
		}
		return new Listen(host, port);
	}
}
