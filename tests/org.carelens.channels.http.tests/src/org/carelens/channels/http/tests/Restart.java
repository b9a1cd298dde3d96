package org.carelens.channels.http.tests;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sender that delivers a sequence while the server is restarted under it: like a webhook sender, it retries a
 * delivery that was not acknowledged (refused, 503, connection reset) until it is, then sends the next.
 */
final class Restart {

	interface Post {
		HttpResponse<String> post(String body) throws IOException, InterruptedException;
	}

	private Restart() {
	}

	/**
	 * Posts every body in order from another thread, and restarts {@code node} once half of them are acknowledged.
	 *
	 * @return how many attempts were not acknowledged (and retried)
	 */
	static int deliverAcrossARestart(Node node, List<String> bodies, Post post) throws Exception {
		AtomicInteger acknowledged = new AtomicInteger();
		AtomicInteger retried = new AtomicInteger();
		Throwable[] failure = new Throwable[1];
		Thread sender = new Thread(() -> {
			try {
				for (String body : bodies) {
					while (true) {
						try {
							HttpResponse<String> response = post.post(body);
							if (response.statusCode() == 200) {
								break;
							}
							if (response.statusCode() != 503 && response.statusCode() != 404) {
								throw new AssertionError("answered " + response.statusCode() + ": " + response.body());
							}
						} catch (IOException e) {
							// the server went away mid-request: not acknowledged, so sent again
						}
						retried.incrementAndGet();
						Thread.sleep(20);
					}
					acknowledged.incrementAndGet();
				}
			} catch (Throwable e) {
				failure[0] = e;
			}
		}, "webhook-sender");
		sender.start();
		while (acknowledged.get() < bodies.size() / 2 && sender.isAlive()) {
			Thread.sleep(5);
		}
		node.stop();
		Thread.sleep(300); // deliveries meet a server that is down
		node.start();
		sender.join(120_000);
		if (failure[0] != null) {
			throw new AssertionError("the sender failed", failure[0]);
		}
		if (sender.isAlive() || acknowledged.get() != bodies.size()) {
			throw new AssertionError("only " + acknowledged.get() + " of " + bodies.size() + " acknowledged");
		}
		return retried.get();
	}
}
