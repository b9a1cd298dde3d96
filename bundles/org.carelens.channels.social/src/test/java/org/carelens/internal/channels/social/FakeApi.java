package org.carelens.internal.channels.social;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A platform API on loopback: it records each request (one per connection) and answers with the next queued answer,
 * so that a test sees exactly what a sender put on the wire.
 */
final class FakeApi implements AutoCloseable {

	record Request(String method, String target, Map<String, String> headers, String body) {
	}

	private record Answer(int status, String body) {
	}

	private final ServerSocket server;
	private final List<Request> requests = new CopyOnWriteArrayList<>();
	private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
	private final Thread thread;

	FakeApi() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		thread = new Thread(this::serve, "fake-api");
		thread.setDaemon(true);
		thread.start();
	}

	String base() {
		return "http://127.0.0.1:" + server.getLocalPort();
	}

	FakeApi answer(int status, String body) {
		answers.add(new Answer(status, body));
		return this;
	}

	List<Request> requests() {
		return new ArrayList<>(requests);
	}

	private void serve() {
		while (!server.isClosed()) {
			try (Socket socket = server.accept()) {
				InputStream in = socket.getInputStream();
				String head = readHead(in);
				String[] lines = head.split("\r\n");
				String[] start = lines[0].split(" ");
				Map<String, String> headers = new TreeMap<>();
				for (int i = 1; i < lines.length; i++) {
					int colon = lines[i].indexOf(':');
					headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).strip());
				}
				int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
				String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
				requests.add(new Request(start[0], start[1], headers, body));
				Answer answer = answers.poll();
				if (answer == null) {
					answer = new Answer(500, "{\"error\":\"no answer queued\"}");
				}
				byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
				OutputStream out = socket.getOutputStream();
				out.write(("HTTP/1.1 " + answer.status() + " X\r\nContent-Type: application/json\r\nContent-Length: "
						+ bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(bytes);
				out.flush();
			} catch (IOException e) {
				// closed, or a client that went away: the test sees it in what was recorded
			}
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("the connection ended in the request head");
			}
			head.write(b);
			matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
		}
		return head.toString(StandardCharsets.US_ASCII).strip();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
