package org.carelens.channels.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.carelens.channels.api.ConnectorException;

/**
 * The sending side of a webhook connector: posts a JSON body to a platform's API (Messenger's Send API, Zalo's OA
 * API, Chatwoot's) and returns its answer for the connector to read. Addresses are never put in error messages
 * beyond scheme, host and port: some APIs carry their access token in the query.
 */
public final class ApiClient {

	/**
	 * An API's answer.
	 *
	 * @param status the HTTP status
	 * @param body   the body as text (JSON, when the API behaves)
	 */
	public record Answer(int status, String body) {

		public boolean successful() {
			return status / 100 == 2;
		}
	}

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(15)).followRedirects(HttpClient.Redirect.NEVER).build();
	private final String api;

	/** @param api the API's name for messages, e.g. "the Messenger Send API" */
	public ApiClient(String api) {
		this.api = api;
	}

	/**
	 * @return the answer, whatever its status
	 * @throws ConnectorException when the API could not be reached or did not answer within 30 s
	 */
	public Answer postJson(URI uri, Map<String, String> headers, String json) throws ConnectorException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.body());
		} catch (IOException e) {
			throw new ConnectorException("cannot reach " + api + " at " + uri.getScheme() + "://" + uri.getAuthority()
					+ ": " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException("interrupted while waiting for " + api, e);
		}
	}
}
