package org.carelens.surveys.delivery;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.carelens.channels.api.OutboundMessage;
import org.carelens.core.api.survey.SurveyDefinition;

/**
 * The invitation to answer a survey: the question and the link, with the date the link stops working, in the
 * language the channel instance writes in (a Zalo OA of a Vietnamese shop), or in Vietnamese then English when the
 * customer's language is not known (the form itself follows their browser). Plain text for every channel, HTML for
 * email.
 */
final class SurveyMessage {

	private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.forLanguageTag("vi"));
	private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private SurveyMessage() {
	}

	/** @param language the language to write in; empty: Vietnamese then English */
	static OutboundMessage compose(SurveyDefinition survey, String conversation, String recipient, String link,
			Instant expires, ZoneId zone, Optional<Locale> language) {
		if (language.isPresent()) {
			return inOneLanguage(survey, conversation, recipient, link, expires, zone,
					"vi".equals(language.get().getLanguage()));
		}
		String vi = survey.question().vi();
		String en = survey.question().en();
		String viDate = VI_DATE.format(expires.atZone(zone));
		String enDate = EN_DATE.format(expires.atZone(zone));
		String subject = "Xin ý kiến của anh/chị về lần hỗ trợ vừa rồi / How did we do?";
		String text = vi + "\n\nXin anh/chị dành một phút trả lời tại:\n" + link + "\n(Liên kết dùng được đến ngày "
				+ viDate + ".)\n\n" + en + "\n\nPlease take a minute to answer at the link above (open until " + enDate
				+ ").\n";
		String html = "<!doctype html><html lang=\"vi\"><body style=\"font-family:sans-serif;line-height:1.5\">"
				+ "<p><strong>" + escape(vi) + "</strong></p><p><a href=\"" + escape(link)
				+ "\">Trả lời khảo sát</a> (dùng được đến ngày " + viDate + ")</p><hr><p lang=\"en\"><strong>"
				+ escape(en) + "</strong></p><p lang=\"en\"><a href=\"" + escape(link) + "\">Answer the survey</a> (open until "
				+ enDate + ")</p></body></html>";
		return new OutboundMessage(conversation, recipient, subject, text, Optional.of(html));
	}

	private static OutboundMessage inOneLanguage(SurveyDefinition survey, String conversation, String recipient,
			String link, Instant expires, ZoneId zone, boolean vietnamese) {
		String question = vietnamese ? survey.question().vi() : survey.question().en();
		String date = (vietnamese ? VI_DATE : EN_DATE).format(expires.atZone(zone));
		String subject = vietnamese ? "Xin ý kiến của anh/chị về lần hỗ trợ vừa rồi" : "How did we do?";
		String text = vietnamese
				? question + "\nXin anh/chị dành một phút trả lời tại: " + link + "\n(Liên kết dùng được đến ngày " + date
						+ ".)"
				: question + "\nPlease take a minute to answer at: " + link + "\n(Open until " + date + ".)";
		String html = "<!doctype html><html lang=\"" + (vietnamese ? "vi" : "en")
				+ "\"><body style=\"font-family:sans-serif;line-height:1.5\"><p><strong>" + escape(question)
				+ "</strong></p><p><a href=\"" + escape(link) + "\">"
				+ (vietnamese ? "Trả lời khảo sát</a> (dùng được đến ngày " : "Answer the survey</a> (open until ")
				+ date + ")</p></body></html>";
		return new OutboundMessage(conversation, recipient, subject, text, Optional.of(html));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
