package org.carelens.internal.channels.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.ConnectorException;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Priority;
import org.carelens.core.api.SurveyKind;
import org.carelens.facts.ConversationFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per preset, on a fixture that follows the tool's export columns. */
class PresetsTest {

	@TempDir
	Path dir;

	private static Run run(String preset, String fixture, String zone) throws Exception {
		return Run.pull(new CsvConnector(), preset + "-1",
				Map.of("file", Run.fixture(fixture).toString(), "preset", preset, "zone", zone), Optional.empty());
	}

	private static long epoch(String instant) {
		return Instant.parse(instant).getEpochSecond();
	}

	@Test
	void aLaterExportOfTheSameTicketsAddsReassignmentsAndResolutionsInsteadOfConflicting() throws Exception {
		Path export = dir.resolve("tickets.csv");
		List<String> lines = Files.readAllLines(Run.fixture("freshdesk-tickets.csv"));
		Files.write(export, lines.subList(0, 3));
		Run before = Run.pull(new CsvConnector(), "fd", Map.of("file", export.toString(), "preset", "freshdesk"),
				Optional.empty());
		// ticket 102 was taken over by another agent and resolved since
		Files.write(export, List.of(lines.get(0), lines.get(1), lines.get(2).replace(",Pending,", ",Resolved,")
				.replace("Võ Thị Cúc", "Lê Văn Tám").replace("2026-03-02 11:00:00,2026-03-02 15:00:00,,",
						"2026-03-02 11:00:00,2026-03-02 15:00:00,2026-03-02 14:00:00,")));
		Run after = Run.pull(new CsvConnector(), "fd", Map.of("file", export.toString(), "preset", "freshdesk"),
				before.checkpoint());
		List<String> added = after.ids().stream().filter(id -> !before.ids().contains(id)).toList();
		assertEquals(List.of("fd:102:assigned:Lê Văn Tám", "fd:102:resolved:" + epoch("2026-03-02T14:00:00Z")), added);
	}

	private static Duration firstResponse(ConversationFact fact) {
		return fact.durations().firstResponse().orElseThrow().wallClock();
	}

	private static Duration resolution(ConversationFact fact) {
		return fact.durations().resolution().orElseThrow().wallClock();
	}

	@Test
	void zendeskTicketsGiveOpeningAssignmentFirstReplyResolutionAndCsat() throws Exception {
		Run run = run("zendesk", "zendesk-tickets.csv", "Asia/Ho_Chi_Minh");
		assertEquals(List.of("zendesk-1:4521:opened", "zendesk-1:4521:assigned:Trần Thị Bình", "zendesk-1:4521:reply",
				"zendesk-1:4521:resolved:" + epoch("2026-02-10T04:15:00Z"), "zendesk-1:4521:csat:5", "zendesk-1:4522:opened", "zendesk-1:4523:opened",
				"zendesk-1:4523:assigned:Phạm Minh", "zendesk-1:4523:reply", "zendesk-1:4523:resolved:" + epoch("2026-02-11T07:30:00Z"), "zendesk-1:4523:csat:1"),
				run.ids());
		assertEquals(List.of("zendesk-tickets.csv:5: 'Created at': '10 Feb 2026' matches none of the timestamp "
				+ "formats [iso, yyyy-MM-dd HH:mm:ss Z, yyyy-MM-dd HH:mm Z, dd/MM/yyyy HH:mm]"), run.problems());
		ConversationFact order = run.fact("zendesk-1:4521");
		assertEquals(Instant.parse("2026-02-10T01:15:00Z"), order.timeline().opened());
		assertEquals(ChannelKind.EMAIL, order.channel());
		assertEquals(Optional.of(Priority.HIGH), order.priority());
		assertEquals(Optional.of("Question"), order.topic());
		assertEquals("Nguyễn Văn An", order.customer());
		assertEquals(Optional.of("Trần Thị Bình"), order.owner().agent());
		assertEquals(Duration.ofMinutes(45), firstResponse(order));
		assertEquals(Duration.ofHours(3), resolution(order));
		assertEquals(5.0, order.surveys().get(SurveyKind.CSAT).score());
		ConversationFact chat = run.fact("zendesk-1:4522");
		assertEquals(ChannelKind.CHAT, chat.channel());
		assertFalse(chat.resolved());
		assertEquals(Optional.empty(), chat.durations().firstResponse());
		ConversationFact call = run.fact("zendesk-1:4523");
		assertEquals(ChannelKind.VOICE, call.channel());
		assertEquals(Duration.ofMinutes(5), firstResponse(call));
		assertEquals(Duration.ofMinutes(30), resolution(call));
		assertEquals(1.0, call.surveys().get(SurveyKind.CSAT).score());
	}

	@Test
	void freshdeskTicketsAreReadInTheirZoneAndAResolvedTicketWithoutTimeIsRejected() throws Exception {
		Run run = run("freshdesk", "freshdesk-tickets.csv", "Asia/Ho_Chi_Minh");
		assertEquals(List.of("freshdesk-1:101:opened", "freshdesk-1:101:assigned:Võ Thị Cúc", "freshdesk-1:101:reply",
				"freshdesk-1:101:resolved:" + epoch("2026-03-02T08:30:00Z"), "freshdesk-1:101:csat:5", "freshdesk-1:102:opened",
				"freshdesk-1:102:assigned:Võ Thị Cúc"), run.ids());
		assertEquals(List.of("freshdesk-tickets.csv:4: status 'Resolved' is resolved, but it has no resolution time "
				+ "in 'Resolved time'"), run.problems());
		ConversationFact login = run.fact("freshdesk-1:101");
		assertEquals(Instant.parse("2026-03-02T02:00:00Z"), login.timeline().opened());
		assertEquals(Optional.of(Priority.NORMAL), login.priority());
		assertEquals("c-9001", login.customer());
		assertEquals(Optional.of("Tier 1"), run.events().get(1).header().team());
		assertEquals(Duration.ofMinutes(90), firstResponse(login));
		assertEquals(Duration.ofMinutes(390), resolution(login));
		assertEquals(5.0, login.surveys().get(SurveyKind.CSAT).score());
		ConversationFact callback = run.fact("freshdesk-1:102");
		assertEquals(ChannelKind.VOICE, callback.channel());
		assertEquals(Optional.of(Priority.URGENT), callback.priority());
		assertFalse(callback.resolved());
	}

	@Test
	void anXlsxExportGivesTheSameEventsAsItsCsvAndRejectsTheSameRow() throws Exception {
		Run csv = run("freshdesk", "freshdesk-tickets.csv", "Asia/Ho_Chi_Minh");
		Run xlsx = run("freshdesk", "freshdesk-tickets.xlsx", "Asia/Ho_Chi_Minh");
		assertEquals(csv.events(), xlsx.events());
		assertEquals(List.of("freshdesk-tickets.xlsx:4: status 'Resolved' is resolved, but it has no resolution time "
				+ "in 'Resolved time'"), xlsx.problems());
	}

	@Test
	void osticketTicketsAreResolvedAtTheirClosedDateAndAShortRowIsRejected() throws Exception {
		Run run = run("osticket", "osticket-tickets.csv", "UTC");
		assertEquals(List.of("osticket-1:683412:opened", "osticket-1:683412:assigned:Lý Văn Khoa",
				"osticket-1:683412:resolved:" + epoch("2026-01-06T17:00:00Z"),
				"osticket-1:683413:opened"), run.ids());
		assertEquals(List.of("osticket-tickets.csv:4: the row has 18 fields, the header 20"), run.problems());
		ConversationFact warranty = run.fact("osticket-1:683412");
		assertEquals("hoa.ngo@example.vn", warranty.customer());
		assertEquals(Optional.of("Bảo hành"), warranty.topic());
		assertEquals(Optional.of("Support"), run.events().get(1).header().team(), "the team of the assignment");
		assertEquals(Duration.ofHours(33), resolution(warranty));
		assertEquals(ChannelKind.VOICE, run.fact("osticket-1:683413").channel());
		assertEquals(Optional.of(Priority.URGENT), run.fact("osticket-1:683413").priority());
	}

	@Test
	void chatwootConversationsAreChatsResolvedAtTheirLastActivity() throws Exception {
		Run run = run("chatwoot", "chatwoot-conversations.csv", "UTC");
		assertEquals(List.of("chatwoot-1:57:opened", "chatwoot-1:57:assigned:14", "chatwoot-1:57:reply",
				"chatwoot-1:57:resolved:" + epoch("2026-04-01T03:00:00Z"), "chatwoot-1:58:opened"), run.ids());
		assertEquals(List.of("chatwoot-conversations.csv:4: 'created_at': 'yesterday' matches none of the timestamp "
				+ "formats [iso]"), run.problems());
		ConversationFact vip = run.fact("chatwoot-1:57");
		assertEquals(ChannelKind.CHAT, vip.channel());
		assertEquals(Optional.of(Priority.HIGH), vip.priority());
		assertEquals(Instant.parse("2026-04-01T02:15:30.123456Z"), vip.timeline().opened());
		assertEquals(Duration.ofSeconds(90), firstResponse(vip));
		assertTrue(vip.resolved());
		assertEquals(Optional.empty(), run.fact("chatwoot-1:58").priority());
	}

	@Test
	void aServiceNowEventLogGivesAssignmentsResolutionsAndReopens() throws Exception {
		Run run = run("servicenow", "servicenow-incident-log.csv", "UTC");
		assertEquals(List.of("servicenow-1:INC0000045:opened", "servicenow-1:INC0000045:2:resolved",
				"servicenow-1:INC0000047:opened", "servicenow-1:INC0000047:0:assigned",
				"servicenow-1:INC0000047:1:assigned", "servicenow-1:INC0000047:6:assigned",
				"servicenow-1:INC0000047:7:resolved", "servicenow-1:INC9990001:opened",
				"servicenow-1:INC9990001:0:assigned", "servicenow-1:INC9990001:1:resolved",
				"servicenow-1:INC9990001:2:tagged", "servicenow-1:INC9990001:2:reopened",
				"servicenow-1:INC9990001:3:tagged", "servicenow-1:INC9990001:3:resolved"), run.ids());
		assertEquals(List.of("servicenow-incident-log.csv:19: 'opened_at' is empty"), run.problems());
		ConversationFact first = run.fact("servicenow-1:INC0000045");
		assertEquals(ChannelKind.VOICE, first.channel());
		assertEquals("Caller 2403", first.customer());
		assertEquals(Optional.of(Priority.NORMAL), first.priority());
		assertEquals(Optional.of("Category 55"), first.topic());
		assertEquals(Duration.ofMinutes(7 * 60 + 37), resolution(first));
		ConversationFact reassigned = run.fact("servicenow-1:INC0000047");
		assertEquals(3, reassigned.counts().assignments());
		assertEquals(Optional.of("Resolver 89"), reassigned.owner().agent());
		assertEquals(Duration.ofHours(29).plusMinutes(12), resolution(reassigned));
		ConversationFact reopened = run.fact("servicenow-1:INC9990001");
		assertEquals(ChannelKind.EMAIL, reopened.channel());
		assertEquals(1, reopened.counts().reopens());
		assertEquals(Optional.of(Priority.HIGH), reopened.priority(), "critical while reopened, high again after");
		assertTrue(reopened.resolved());
		assertFalse(reopened.firstContactResolution());
	}

	@Test
	void theWholeUciSampleFoldsIntoOneConversationPerIncident() throws Exception {
		Path sample = Path.of("/work/shared/datasets/uci-incident-event-log-sample.csv");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(sample), "the shared UCI sample is here");
		Run run = Run.pull(new CsvConnector(), "sn", Map.of("file", sample.toString(), "preset", "servicenow"),
				Optional.empty());
		assertEquals(List.of(), run.problems());
		assertEquals(890, run.facts().size(), "890 incidents in the sample");
		long resolved = run.facts().facts().stream().filter(ConversationFact::resolved).count();
		System.out.printf("UCI sample: %d events, %d incidents, %d resolved%n", run.events().size(),
				run.facts().size(), resolved);
		assertTrue(resolved > 0 && resolved <= 890);
	}

	@Test
	void aFileMatchingNoPresetSaysWhichColumnsAreMissing() throws Exception {
		Path file = dir.resolve("export.csv");
		Files.writeString(file, "Ticket,Requester,Status\n1,An,Open\n");
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> Run.pull(new CsvConnector(), "x", Map.of("file", file.toString(), "preset", "zendesk"),
						Optional.empty()));
		assertEquals("export.csv does not match Zendesk tickets: missing columns 'Id', 'Created at' (its columns: "
				+ "'Ticket', 'Requester', 'Status')", e.getMessage());
	}

	@Test
	void aCustomMappingFileMapsAnyExport() throws Exception {
		Path mapping = dir.resolve("helpdesk.properties");
		Files.writeString(mapping, """
				name = Our help desk
				column.conversation = Số phiếu
				column.opened_at = Ngày tạo
				column.customer = Khách hàng
				column.channel = Kênh
				column.status = Trạng thái
				column.resolved_at = Ngày xong
				timestamp.formats = dd/MM/yyyy HH:mm
				zone = Asia/Ho_Chi_Minh
				channel.zalo = SOCIAL
				status.resolved = Đã xong
				""");
		Path file = dir.resolve("phieu.csv");
		Files.writeString(file, "Số phiếu;Ngày tạo;Khách hàng;Kênh;Trạng thái;Ngày xong\n"
				+ "P-1;10/02/2026 08:00;Khách A;Zalo;Đã xong;10/02/2026 09:30\n");
		Run run = Run.pull(new CsvConnector(), "desk", Map.of("file", file.toString(), "preset", "custom", "mapping",
				mapping.toString(), "delimiter", ";"), Optional.empty());
		assertEquals(List.of("desk:P-1:opened", "desk:P-1:resolved:" + epoch("2026-02-10T02:30:00Z")), run.ids());
		ConversationFact fact = run.fact("desk:P-1");
		assertEquals(ChannelKind.SOCIAL, fact.channel());
		assertEquals(Instant.parse("2026-02-10T01:00:00Z"), fact.timeline().opened());
		assertEquals(Duration.ofMinutes(90), resolution(fact));
	}
}
