package org.carelens.internal.channels.voice;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Settings;

/** The settings of a voice instance, read from its validated {@link Settings}. */
record VoiceSettings(String host, int port, String username, String secret, Optional<Path> queueLog,
		Set<String> queues, Duration keepalive, Duration reconnectMax) {

	static VoiceSettings of(Settings settings) throws ConnectorException {
		long port = settings.integer(VoiceConnector.PORT).orElse(5038L);
		if (port < 1 || port > 65535) {
			throw new ConnectorException("port " + port + " is not a TCP port (1 to 65535)");
		}
		Duration keepalive = settings.duration(VoiceConnector.KEEPALIVE).orElse(Duration.ofSeconds(30));
		Duration reconnectMax = settings.duration(VoiceConnector.RECONNECT_MAX).orElse(Duration.ofMinutes(1));
		if (keepalive.toMillis() < 1000 || reconnectMax.toMillis() < 1000) {
			throw new ConnectorException("keepalive and reconnect_max are at least 1 s");
		}
		Set<String> queues = Arrays.stream(settings.text(VoiceConnector.QUEUES).orElse("").split(","))
				.map(String::strip).filter(q -> !q.isEmpty()).collect(Collectors.toUnmodifiableSet());
		return new VoiceSettings(settings.required(VoiceConnector.HOST), (int) port,
				settings.required(VoiceConnector.USERNAME), settings.required(VoiceConnector.SECRET),
				settings.path(VoiceConnector.QUEUE_LOG), queues, keepalive, reconnectMax);
	}

	String peer() {
		return host + ":" + port;
	}

	@Override
	public String toString() {
		return "VoiceSettings[" + username + "@" + peer() + "]"; // never the secret
	}
}
