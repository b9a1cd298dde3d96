package org.carelens.reports.core;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.kpi.api.Member;
import org.junit.jupiter.api.Test;

class DrillDownCsvTest {

	@Test
	void oneLinePerConversationWithSecondsAndOffsetInstants() throws IOException {
		DrilledConversation c2 = new DrilledConversation("c2", CHAT, Optional.of("web-chat"), Optional.of("ag1"),
				Optional.empty(), Facts.vn("2026-03-09T10:00"), true, Member.Role.NUMERATOR,
				Facts.vn("2026-03-09T10:00"), Map.of(DrillColumn.FIRST_RESPONSE, Duration.ofMinutes(2),
						DrillColumn.SLA_MET, true));
		DrilledConversation c3 = new DrilledConversation("c3, \"late\"", CHAT, Optional.empty(), Optional.empty(),
				Optional.empty(), Facts.vn("2026-03-10T10:00"), false, Member.Role.DENOMINATOR,
				Facts.vn("2026-03-10T10:00"), Map.of());
		StringBuilder out = new StringBuilder();
		new DrillDownCsv(List.of(DrillColumn.FIRST_RESPONSE, DrillColumn.SLA_MET), Facts.VN).write(List.of(c2, c3), out);
		assertEquals("conversation,channel,channel_instance,agent,team,opened,status,role,attributed_at,"
				+ "first_response,sla_met\r\n"
				+ "c2,CHAT,web-chat,ag1,,2026-03-09T10:00:00+07:00,resolved,numerator,2026-03-09T10:00:00+07:00,120,true\r\n"
				+ "\"c3, \"\"late\"\"\",CHAT,,,,2026-03-10T10:00:00+07:00,open,denominator,2026-03-10T10:00:00+07:00,,\r\n",
				out.toString());
	}
}
