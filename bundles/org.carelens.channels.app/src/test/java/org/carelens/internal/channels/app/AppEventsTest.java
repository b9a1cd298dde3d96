package org.carelens.internal.channels.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Translation;
import org.carelens.core.api.Event;
import org.junit.jupiter.api.Test;

class AppEventsTest {

	@Test
	void goodLinesAreKeptAndABadOneIsRejectedWithItsLineNumber() throws Exception {
		Translation translation = AppEvents.read("""
				{"id":"app-1","type":"conversation.opened","at":"2026-02-10T08:15:00+07:00","conversation":"a-9","customer":"u-1","channel":"APP"}
				{"id":"app-2","type":"message","at":"2026-02-10T08:16:00+07:00","conversation":"a-9"}
				{"id":"app-3","type":"message","at":"2026-02-10T08:17:00+07:00","conversation":"a-9","author":"agent","agent":"duc"}
				""", "webhook /hooks/app");
		assertEquals(List.of("app-1", "app-3"), translation.events().stream().map(Event::id).toList());
		assertEquals(1, translation.rejected().size());
		assertEquals(2, translation.rejected().get(0).row().getAsLong());
		assertEquals("{\"id\":\"app-2\",\"type\":\"message\",\"at\":\"2026-02-10T08:16:00+07:00\",\"conversation\":\"a-9\"}",
				translation.rejected().get(0).raw());
	}

	@Test
	void emptyBodyIsABadPayload() {
		assertEquals("the body holds no event (JSON Lines of CareLens events expected)",
				assertThrows(BadPayloadException.class, () -> AppEvents.read("\n \n", "s")).getMessage());
	}
}
