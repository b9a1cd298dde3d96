package org.carelens.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.kpi.api.Member;
import org.carelens.reports.core.DrillColumn;
import org.carelens.reports.core.DrillDownRequest;
import org.carelens.reports.core.DrillDownResponse;
import org.carelens.reports.core.DrilledConversation;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The one-row-per-conversation export of a drill-down list. */
class ConversationsExportTest {

	private static final DrillDownRequest REQUEST = DrillDownRequest.of(SampleResponses.SCOPE, "first_response_time");

	private static DrilledConversation conversation(String id, Optional<Duration> firstResponse, boolean met) {
		Instant opened = Instant.parse("2026-03-02T01:00:00Z");
		return new DrilledConversation(id, ChannelKind.CHAT, Optional.of("zalo-1"), Optional.of("ag-1"),
				Optional.of("T1"), opened, true, Member.Role.NUMERATOR, opened,
				firstResponse.isPresent()
						? Map.of(DrillColumn.FIRST_RESPONSE, firstResponse.get(), DrillColumn.SLA_MET, met)
						: Map.of(DrillColumn.SLA_MET, met));
	}

	@Test
	void everyConversationIsARowWithItsMetricsFieldsAsNumbers() throws IOException {
		DrillDownResponse response = new DrillDownResponse(DrillDownResponse.Status.COMPLETED, Optional.empty(),
				REQUEST, DrillColumn.of("first_response_time"), List.of(
						conversation("c-1", Optional.of(Duration.ofSeconds(95)), true),
						conversation("c-2", Optional.empty(), false)),
				0);
		ReportBuilder builder = new ReportBuilder(Locale.forLanguageTag("en"), SampleResponses.ZONE, id -> id);
		ReportDocument document = builder.document("", "Demo", REQUEST.scope(), SampleResponses.GENERATED,
				List.of(builder.conversations(response)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportFormat.XLSX.write(document, out);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Row> rows = workbook.getSheets().toList().get(1).read();
			assertEquals("Conversation", rows.get(0).getCellAsString(0).orElseThrow());
			assertEquals("First response", rows.get(0).getCellAsString(8).orElseThrow());
			assertEquals(3, rows.size(), "the header and one row a conversation");
			assertEquals("c-1", rows.get(1).getCellAsString(0).orElseThrow());
			assertEquals("Chat", rows.get(1).getCellAsString(1).orElseThrow());
			assertEquals("Mar 2, 2026, 8:00\u202fAM", rows.get(1).getCellAsString(5).orElseThrow());
			assertEquals(95, rows.get(1).getCellAsNumber(8).orElseThrow().intValue());
			assertEquals("yes", rows.get(1).getCellAsString(10).orElseThrow());
			assertEquals(Optional.empty(), rows.get(2).getCellAsNumber(8), "no first response: an empty cell");
			assertEquals("no", rows.get(2).getCellAsString(10).orElseThrow());
		}
		assertEquals("CareLens report", document.title());
	}

	@Test
	void aListThatWasNotComputedIsNoSection() {
		DrillDownResponse notAvailable = new DrillDownResponse(DrillDownResponse.Status.NOT_AVAILABLE,
				Optional.empty(), REQUEST, List.of(), List.of(), 0);
		ReportBuilder builder = new ReportBuilder(Locale.ENGLISH, SampleResponses.ZONE, id -> id);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> builder.conversations(notAvailable));
		assertEquals("the conversations of first_response_time were not listed: NOT_AVAILABLE", e.getMessage());
	}
}
