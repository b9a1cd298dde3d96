package org.carelens.channels.http.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A platform's API played by a servlet on the test runtime's Jetty (loopback): it records each request as
 * {@code <path> <header> <body>} and answers with JSON made from the body.
 */
final class FakeApi implements AutoCloseable {

	private final List<String> requests = new CopyOnWriteArrayList<>();
	private final ServiceRegistration<Servlet> registration;

	/**
	 * @param path   where it is served, e.g. {@code /fake-zalo}
	 * @param header the request header to record (the API's token)
	 * @param answer the JSON answer to a request body
	 */
	FakeApi(BundleContext context, String path, String header, Function<String, String> answer) {
		Hashtable<String, Object> properties = new Hashtable<>();
		properties.put("osgi.http.whiteboard.servlet.pattern", path + "/*");
		registration = context.registerService(Servlet.class, new HttpServlet() {
			private static final long serialVersionUID = 1L;

			@Override
			protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
				String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				requests.add(request.getRequestURI() + " " + request.getHeader(header) + " " + body);
				response.setContentType("application/json");
				response.setCharacterEncoding("UTF-8");
				response.getWriter().write(answer.apply(body));
			}
		}, properties);
	}

	List<String> requests() {
		return List.copyOf(requests);
	}

	@Override
	public void close() {
		registration.unregister();
	}
}
