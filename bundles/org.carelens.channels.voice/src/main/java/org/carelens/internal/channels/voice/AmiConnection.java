package org.carelens.internal.channels.voice;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.ConnectorException;

/**
 * A logged-in connection to an Asterisk Manager Interface: the banner, the {@code Login} action, then the packets
 * Asterisk sends, read one at a time, with a {@code Ping} action when the line has been quiet for a while so that a
 * dead peer is noticed.
 */
final class AmiConnection implements Closeable {

	/** Lines of one packet beyond which the peer is not speaking AMI: bounds memory. */
	static final int MAX_LINES = 1000;
	private static final Duration POLL = Duration.ofMillis(500);

	private final Socket socket;
	private final LineReader in;
	private final Writer out;
	private final String peer;
	private final Duration keepalive;
	private long actions;
	private long lastHeard = System.nanoTime();
	private long lastPing = System.nanoTime();

	private AmiConnection(Socket socket, String peer, Duration keepalive) throws IOException {
		this.socket = socket;
		this.peer = peer;
		this.keepalive = keepalive;
		this.in = new LineReader(socket.getInputStream());
		this.out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
	}

	/**
	 * Connects, checks the banner and logs in with events on.
	 *
	 * @throws ConnectorException when the peer cannot be reached, is not an AMI, or refuses the login, saying which
	 */
	static AmiConnection open(String host, int port, String username, String secret, Duration keepalive)
			throws ConnectorException {
		String peer = host + ":" + port;
		Socket socket = new Socket();
		try {
			socket.connect(new InetSocketAddress(host, port), (int) keepalive.toMillis());
			socket.setSoTimeout((int) POLL.toMillis());
			AmiConnection connection = new AmiConnection(socket, peer, keepalive);
			connection.greet();
			connection.login(username, secret);
			return connection;
		} catch (IOException e) {
			close(socket);
			throw new ConnectorException("cannot reach the Asterisk Manager Interface at " + peer + ": "
					+ message(e), e);
		} catch (ConnectorException | RuntimeException e) {
			close(socket);
			throw e;
		}
	}

	String peer() {
		return peer;
	}

	private void greet() throws IOException, ConnectorException {
		String banner = readLine(keepalive);
		if (!banner.startsWith("Asterisk Call Manager")) {
			throw new ConnectorException(peer + " is not an Asterisk Manager Interface: it greeted with '"
					+ abbreviate(banner) + "'");
		}
	}

	private void login(String username, String secret) throws IOException, ConnectorException {
		Map<String, String> login = new LinkedHashMap<>();
		login.put("Username", username);
		login.put("Secret", secret);
		login.put("Events", "on");
		String id = send("Login", login);
		long deadline = System.nanoTime() + keepalive.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<AmiPacket> packet = next();
			if (packet.isPresent() && packet.get().isResponseTo(id)) {
				AmiPacket response = packet.get();
				if (!response.get("Response").orElse("").equalsIgnoreCase("Success")) {
					throw new ConnectorException("login refused by " + peer + ": "
							+ response.get("Message").orElse("no reason given"));
				}
				return;
			}
		}
		throw new ConnectorException(peer + " did not answer the login within " + keepalive.toSeconds() + " s");
	}

	/** @return the action's ActionID */
	private String send(String action, Map<String, String> fields) throws IOException {
		String id = "carelens-" + (++actions);
		StringBuilder packet = new StringBuilder("Action: ").append(action).append("\r\nActionID: ").append(id)
				.append("\r\n");
		fields.forEach((key, value) -> packet.append(key).append(": ").append(value).append("\r\n"));
		out.write(packet.append("\r\n").toString());
		out.flush();
		return id;
	}

	/**
	 * @return the next packet; empty when none came within a short poll (time for the caller to do its chores)
	 * @throws IOException when the connection dropped or the peer stayed silent through a keep-alive ping
	 */
	Optional<AmiPacket> next() throws IOException {
		StringBuilder raw = new StringBuilder();
		Map<String, String> fields = new LinkedHashMap<>();
		Optional<String> problem = Optional.empty();
		int lines = 0;
		while (true) {
			String line;
			try {
				line = in.readLine();
			} catch (SocketTimeoutException e) {
				if (raw.isEmpty()) {
					keepAlive();
					return Optional.empty();
				}
				keepAlive();
				continue; // the rest of a packet is on its way
			}
			if (line == null) {
				throw new EOFException("the connection was closed by " + peer);
			}
			lastHeard = System.nanoTime();
			if (line.isEmpty()) {
				if (raw.isEmpty()) {
					continue;
				}
				return Optional.of(new AmiPacket(fields, raw.toString(), problem));
			}
			if (++lines > MAX_LINES) {
				throw new IOException(peer + " sent a packet of more than " + MAX_LINES + " lines");
			}
			raw.append(line).append('\n');
			int colon = line.indexOf(':');
			if (colon <= 0) {
				if (problem.isEmpty()) {
					problem = Optional.of("line " + lines + " of the packet is not 'Key: Value': '"
							+ abbreviate(line) + "'");
				}
			} else {
				fields.putIfAbsent(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
			}
		}
	}

	/** @return whether more of the peer's input is here already: a burst of packets is still being read */
	boolean hasBuffered() throws IOException {
		return in.hasBuffered();
	}

	private void keepAlive() throws IOException {
		long now = System.nanoTime();
		if (now - lastHeard > 2 * keepalive.toNanos()) {
			throw new IOException(peer + " has not answered for " + 2 * keepalive.toSeconds() + " s");
		}
		if (now - lastHeard > keepalive.toNanos() && now - lastPing > keepalive.toNanos()) {
			lastPing = now;
			send("Ping", Map.of());
		}
	}

	private String readLine(Duration within) throws IOException {
		long deadline = System.nanoTime() + within.toNanos();
		while (true) {
			try {
				String line = in.readLine();
				if (line == null) {
					throw new EOFException("the connection was closed by " + peer + " before its banner");
				}
				return line;
			} catch (SocketTimeoutException e) {
				if (System.nanoTime() > deadline) {
					throw new IOException(peer + " sent no banner within " + within.toSeconds() + " s");
				}
			}
		}
	}

	@Override
	public void close() {
		close(socket);
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// closing: nothing more to do with it
		}
	}

	static String message(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	private static String abbreviate(String text) {
		return text.length() > 80 ? text.substring(0, 80) + "..." : text;
	}
}
