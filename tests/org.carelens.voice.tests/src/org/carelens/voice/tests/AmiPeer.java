package org.carelens.voice.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Asterisk Manager Interface on loopback, speaking the real line protocol over TCP: the banner, {@code Login}
 * answered with Asterisk's own responses, {@code Ping}, and the event packets a test sends; it can drop the
 * connection and refuse new ones, as a restarting Asterisk or a broken network would.
 */
final class AmiPeer implements AutoCloseable {

	private final String username;
	private final String secret;
	private final ServerSocket server;
	private final Thread acceptor;
	private final Object lock = new Object();
	private Socket current;
	private int logins;
	private volatile boolean refusing;
	private volatile boolean deaf;

	AmiPeer(String username, String secret) throws IOException {
		this.username = username;
		this.secret = secret;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.acceptor = new Thread(this::accept, "ami-peer");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	/** @return an event packet: {@code Event: name}, the privilege Asterisk puts second, then the fields given */
	static String event(String name, String... keysAndValues) {
		StringBuilder packet = new StringBuilder("Event: ").append(name).append("\r\nPrivilege: agent,all\r\n");
		for (int i = 0; i < keysAndValues.length; i += 2) {
			packet.append(keysAndValues[i]).append(": ").append(keysAndValues[i + 1]).append("\r\n");
		}
		return packet.append("\r\n").toString();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				if (refusing) {
					socket.close();
					continue;
				}
				Thread serving = new Thread(() -> serve(socket), "ami-peer-connection");
				serving.setDaemon(true);
				serving.start();
			} catch (IOException e) {
				return; // closed
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			OutputStream out = socket.getOutputStream();
			write(out, "Asterisk Call Manager/7.0.3\r\n");
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
					StandardCharsets.UTF_8));
			Map<String, String> action = new LinkedHashMap<>();
			for (String line; (line = in.readLine()) != null;) {
				if (!line.isEmpty()) {
					int colon = line.indexOf(':');
					action.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
					continue;
				}
				String id = action.getOrDefault("actionid", "");
				switch (action.getOrDefault("action", "").toLowerCase()) {
				case "login" -> {
					if (username.equals(action.get("username")) && secret.equals(action.get("secret"))) {
						write(out, "Response: Success\r\nActionID: " + id + "\r\nMessage: Authentication accepted\r\n\r\n");
						write(out, event("FullyBooted", "Status", "Fully Booted"));
						synchronized (lock) {
							current = socket;
							logins++;
							lock.notifyAll();
						}
					} else {
						write(out, "Response: Error\r\nActionID: " + id + "\r\nMessage: Authentication failed\r\n\r\n");
					}
				}
				case "ping" -> {
					if (!deaf) {
						write(out, "Response: Success\r\nActionID: " + id + "\r\nPing: Pong\r\nTimestamp: "
								+ System.currentTimeMillis() / 1000 + ".000000\r\n\r\n");
					}
				}
				default -> write(out, "Response: Error\r\nActionID: " + id + "\r\nMessage: Invalid/unknown command\r\n\r\n");
				}
				action.clear();
			}
		} catch (IOException e) {
			// dropped by the test or by the client
		}
	}

	private static void write(OutputStream out, String text) throws IOException {
		synchronized (out) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
			out.flush();
		}
	}

	/** Waits until {@code count} logins have succeeded since the peer started. */
	void awaitLogins(int count) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 20_000;
		synchronized (lock) {
			while (logins < count) {
				long left = deadline - System.currentTimeMillis();
				if (left <= 0) {
					throw new AssertionError("logins: " + logins + " of " + count + " after 20 s");
				}
				lock.wait(left);
			}
		}
	}

	/** Sends packets to the client logged in last. */
	void send(String... packets) throws IOException {
		Socket socket;
		synchronized (lock) {
			socket = current;
		}
		if (socket == null) {
			throw new AssertionError("no client logged in");
		}
		write(socket.getOutputStream(), String.join("", packets));
	}

	/** Drops the connection of the client logged in last, in the middle of whatever it was reading. */
	void drop() throws IOException {
		synchronized (lock) {
			if (current != null) {
				current.close();
				current = null;
			}
		}
	}

	/** @param refusing whether new connections are closed as soon as they are accepted */
	void refuse(boolean refusing) {
		this.refusing = refusing;
	}

	/** @param deaf whether pings go unanswered, as over a connection that died without closing */
	void deaf(boolean deaf) {
		this.deaf = deaf;
	}

	@Override
	public void close() throws IOException {
		drop();
		server.close();
	}
}
