package org.carelens.internal.channels.social;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.carelens.channels.api.ConnectorException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Posts JSON to a platform's API and reads its JSON answer. Addresses are never put in error messages: the Send
 * API carries its access token in the query.
 */
final class ApiClient {

	/** An API's answer: its HTTP status and its JSON body (missing when the body was not JSON). */
	record Answer(int status, JsonNode body) {
	}

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(15)).followRedirects(HttpClient.Redirect.NEVER).build();
	private final String api;

	/** @param api the API's name for messages: "the Messenger Send API" */
	ApiClient(String api) {
		this.api = api;
	}

	Answer post(URI uri, Map<String, String> headers, JsonNode body) throws ConnectorException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
		headers.forEach(request::header);
		HttpResponse<String> response;
		try {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new ConnectorException("cannot reach " + api + " at " + uri.getScheme() + "://" + uri.getAuthority()
					+ ": " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException("interrupted while waiting for " + api, e);
		}
		JsonNode answer;
		try {
			answer = response.body().isBlank() ? MissingNode.getInstance() : Json.MAPPER.readTree(response.body());
		} catch (JsonProcessingException e) {
			answer = MissingNode.getInstance();
		}
		return new Answer(response.statusCode(), answer == null ? MissingNode.getInstance() : answer);
	}
}
