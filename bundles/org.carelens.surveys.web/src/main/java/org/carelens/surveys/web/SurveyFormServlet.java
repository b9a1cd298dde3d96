package org.carelens.surveys.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.carelens.surveys.form.ResponseDesk;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The survey form on the web, at {@code /survey/<token>}: GET shows it, POST answers it; everything else is the
 * {@link ResponseDesk}'s. The pages go out with headers that keep them private (no caching, no referrer: the token
 * is in the address) and that allow no script, frame or outside asset.
 */
public final class SurveyFormServlet extends HttpServlet {

	/** Where the form is served. */
	public static final String PATH = "/survey/";
	private static final long serialVersionUID = 1L;
	private static final String SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	private final transient ResponseDesk desk;

	public SurveyFormServlet(ResponseDesk desk) {
		this.desk = Objects.requireNonNull(desk, "desk");
	}

	/**
	 * Serves the form of {@code desk} through the HTTP Whiteboard of the framework of {@code context}.
	 *
	 * @return the registration: unregister it to stop serving
	 */
	public static ServiceRegistration<Servlet> register(BundleContext context, ResponseDesk desk) {
		Dictionary<String, Object> properties = new Hashtable<>();
		// spelled out: the OSGi servlet property types' bundle wants Servlet 5, Felix Jetty 12 is on 6
		properties.put("osgi.http.whiteboard.servlet.name", "carelens-survey-form");
		properties.put("osgi.http.whiteboard.servlet.pattern", PATH + "*");
		return context.registerService(Servlet.class, new SurveyFormServlet(desk), properties);
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		send(response, desk.get(token(request), language(request), header(request, "Accept-Language"),
				request.getRemoteAddr()));
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String type = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
		byte[] body;
		if (!type.startsWith("application/x-www-form-urlencoded")) {
			body = "\u0000".getBytes(StandardCharsets.UTF_8); // not a form post: the desk says so on its page
		} else {
			try (InputStream in = request.getInputStream()) {
				// one byte past the limit is enough to refuse it; the rest is never read into memory
				body = in.readNBytes(ResponseDesk.MAX_BODY + 1);
			}
		}
		send(response, desk.post(token(request), body, language(request), header(request, "Accept-Language"),
				request.getRemoteAddr()));
	}

	private static String token(HttpServletRequest request) {
		String path = Optional.ofNullable(request.getPathInfo()).orElse("");
		return path.startsWith("/") ? path.substring(1) : path;
	}

	/** @return {@code vi} or {@code en} from the query; read by hand, as getParameter would consume a post's body */
	private static Optional<String> language(HttpServletRequest request) {
		String query = Optional.ofNullable(request.getQueryString()).orElse("");
		for (String pair : query.split("&")) {
			if (pair.equals("lang=vi") || pair.equals("lang=en")) {
				return Optional.of(pair.substring(5));
			}
		}
		return Optional.empty();
	}

	private static Optional<String> header(HttpServletRequest request, String name) {
		return Optional.ofNullable(request.getHeader(name));
	}

	private static void send(HttpServletResponse response, ResponseDesk.Page page) throws IOException {
		byte[] html = page.html().getBytes(StandardCharsets.UTF_8);
		response.setStatus(page.status());
		response.setContentType("text/html; charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", SECURITY_POLICY);
		response.setContentLength(html.length);
		response.getOutputStream().write(html);
	}
}
