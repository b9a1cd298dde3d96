package org.carelens.internal.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /health}: 200 with the server's health as JSON when the store answers and no channel is failing, 503
 * with the same JSON otherwise, so that a load balancer or a supervisor can act on the status code alone.
 */
@Component(service = Servlet.class, property = { "osgi.http.whiteboard.servlet.name=carelens-health",
		"osgi.http.whiteboard.servlet.pattern=/health" })
public final class HealthServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private final transient ServerHealth health;

	@Activate
	public HealthServlet(@Reference ServerHealth health) {
		this.health = health;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Health now = health.now();
		response.setStatus(now.healthy() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setContentType("application/json;charset=utf-8");
		response.setHeader("Cache-Control", "no-store");
		response.getOutputStream().write(now.json().getBytes(StandardCharsets.UTF_8));
	}
}
