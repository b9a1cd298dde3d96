package org.carelens.internal.server;

import java.util.Collection;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Starts and stops the Felix Jetty bundle of the product. It is installed but not started, so that the other
 * commands of the same product never open a port; {@code serve} gives it the address to bind and starts it.
 */
final class HttpServer {

	static final String JETTY = "org.apache.felix.http.jetty12";
	/** Felix's own name for the interface to bind. */
	static final String HOST = "org.apache.felix.http.host";
	/** The OSGi name of the port, which Felix reads. */
	static final String PORT = "org.osgi.service.http.port";
	private static final String SLF4J_PROVIDER = "slf4j.jdk14";
	private static final String RUNTIME = "org.osgi.service.servlet.runtime.HttpServiceRuntime";

	private final Bundle jetty;

	private HttpServer(Bundle jetty) {
		this.jetty = jetty;
	}

	/**
	 * @param port 0 for a free port chosen by the system
	 * @return the server, listening
	 * @throws ServerException when the bundle is missing or Jetty does not listen within the timeout (the address is
	 *                         taken, or not this machine's)
	 */
	static HttpServer start(BundleContext context, String host, int port, long timeoutMillis)
			throws ServerException, InterruptedException {
		Bundle jetty = null;
		for (Bundle bundle : context.getBundles()) {
			if (JETTY.equals(bundle.getSymbolicName())) {
				jetty = bundle;
			}
		}
		if (jetty == null) {
			throw new ServerException("the HTTP server (" + JETTY + ") is not installed in this product");
		}
		for (Bundle bundle : context.getBundles()) {
			// SPI Fly registers slf4j's provider from a started bundle only; without it Jetty's log is dropped
			if (SLF4J_PROVIDER.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
				try {
					bundle.start(Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					System.getLogger(HttpServer.class.getName()).log(System.Logger.Level.WARNING,
							"Jetty's log is not kept: " + e.getMessage());
				}
			}
		}
		// Equinox reads its configuration through the system properties, so Felix sees these when it starts
		System.setProperty(HOST, host);
		System.setProperty(PORT, Integer.toString(port));
		try {
			jetty.start(Bundle.START_TRANSIENT);
		} catch (BundleException e) {
			throw new ServerException("cannot start the HTTP server: " + e.getMessage(), e);
		}
		HttpServer server = new HttpServer(jetty);
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
		while (System.nanoTime() < deadline) {
			if (server.endpoint(context).isPresent()) {
				return server;
			}
			Thread.sleep(50);
		}
		server.stop();
		throw new ServerException("the HTTP server does not listen on " + host + ":" + port + " after "
				+ timeoutMillis / 1000 + " s (is the port taken? see the log)");
	}

	/** @return the URL the server listens at, as the servlet whiteboard publishes it */
	Optional<String> endpoint(BundleContext context) {
		ServiceReference<?>[] refs;
		try {
			refs = context.getServiceReferences(RUNTIME, null);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		if (refs == null) {
			return Optional.empty();
		}
		for (ServiceReference<?> ref : refs) {
			Object endpoint = ref.getProperty("osgi.http.endpoint");
			String url = endpoint instanceof String[] array && array.length > 0 ? array[0]
					: endpoint instanceof Collection<?> list && !list.isEmpty() ? String.valueOf(list.iterator().next())
							: endpoint instanceof String text ? text : null;
			if (url != null && !url.matches(".*:0/?$")) {
				return Optional.of(url.endsWith("/") ? url : url + "/");
			}
		}
		return Optional.empty();
	}

	/** Stops Jetty, which closes the port. */
	void stop() {
		try {
			jetty.stop(Bundle.STOP_TRANSIENT);
		} catch (BundleException | IllegalStateException e) {
			System.getLogger(HttpServer.class.getName()).log(System.Logger.Level.WARNING,
					"the HTTP server did not stop cleanly: " + e.getMessage());
		}
	}
}
