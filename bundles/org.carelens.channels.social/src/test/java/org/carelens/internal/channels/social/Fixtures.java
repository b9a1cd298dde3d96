package org.carelens.internal.channels.social;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.carelens.channels.api.Checkpoint;

/** The payload fixtures (shaped as Meta's and Zalo's documented examples) and the tables the mappers work with. */
final class Fixtures {

	static final String PAGE = "104857600112233";
	static final String PSID = "6271839450012345";
	static final String OA = "388613280878808645";
	static final String ZALO_USER = "246845883529197922";
	/** The instant of the fixtures' first customer message. */
	static final Instant T0 = Instant.ofEpochMilli(1770686098478L);

	private Fixtures() {
	}

	static byte[] bytes(String resource) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + resource);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String text(String resource) {
		return new String(bytes(resource), StandardCharsets.UTF_8);
	}

	static Clock clockAt(Instant now) {
		return Clock.fixed(now, ZoneOffset.UTC);
	}

	static Threads threads(Duration gap) {
		return new Threads(gap, Duration.ofDays(7), Checkpoint.START);
	}
}
