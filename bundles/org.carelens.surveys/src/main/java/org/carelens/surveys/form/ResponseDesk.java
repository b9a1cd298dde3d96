package org.carelens.surveys.form;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.survey.SurveyDefinition;
import org.carelens.surveys.link.SurveyLink;
import org.carelens.surveys.link.SurveyLinks;

/**
 * Answers the requests of the survey form, whatever serves them over HTTP: shows the form of a valid link, takes
 * its answers once, and explains every refusal on a page of its own. Nothing is stored for an expired, forged,
 * oversized, malformed or rate-limited request; a link answered before shows the thank-you page again and stores
 * nothing new.
 */
public final class ResponseDesk {

	/** Larger posts are refused unread: the biggest honest answer (a CSI with a full comment) is about 8 KB. */
	public static final int MAX_BODY = 16 * 1024;

	/** A page to send: its HTTP status and its HTML. */
	public record Page(int status, String html) {
	}

	/** Where responses go: the workspace's event store. */
	public interface Responses {
		/** @return whether the response of {@code link} is stored already */
		boolean answered(SurveyLink link) throws IOException;

		/** Stores {@code response}; durable when this returns. */
		void store(Event.SurveyResponse response) throws IOException;
	}

	private final SurveyLinks links;
	private final Function<String, Optional<SurveyDefinition>> surveys;
	private final Responses responses;
	private final RateLimiter limiter;
	private final Clock clock;

	/** @param surveys the survey of an id, as the workspace defines it now */
	public ResponseDesk(SurveyLinks links, Function<String, Optional<SurveyDefinition>> surveys, Responses responses,
			RateLimiter limiter, Clock clock) {
		this.links = Objects.requireNonNull(links, "links");
		this.surveys = Objects.requireNonNull(surveys, "surveys");
		this.responses = Objects.requireNonNull(responses, "responses");
		this.limiter = Objects.requireNonNull(limiter, "limiter");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * @param lang           {@code vi} or {@code en} from the link's query, if any
	 * @param acceptLanguage the browser's header, if any
	 * @param address        the client's address, for the rate limit
	 */
	public Page get(String token, Optional<String> lang, Optional<String> acceptLanguage, String address) {
		FormLanguage language = FormLanguage.of(lang, acceptLanguage);
		Object checked = check(token, language, address);
		if (checked instanceof Page refusal) {
			return refusal;
		}
		Open open = (Open) checked;
		try {
			if (responses.answered(open.link())) {
				return thanks(language);
			}
		} catch (IOException e) {
			return unavailable(language);
		}
		return new Page(200, FormPages.form(open.survey(), language, action(token, lang), Optional.empty(),
				Map.of(), Optional.empty()));
	}

	/**
	 * @param body the posted form, as read; a caller stops reading past {@link #MAX_BODY} bytes and passes what it
	 *             has (longer than the limit), so that an oversized post is refused without reading it all
	 */
	public Page post(String token, byte[] body, Optional<String> lang, Optional<String> acceptLanguage,
			String address) {
		FormLanguage language = FormLanguage.of(lang, acceptLanguage);
		if (body.length > MAX_BODY) {
			// refused before the limiter counts it, so that the page says what is wrong, not "too many"
			return new Page(413, FormPages.message(language, language.tooLargeTitle, language.tooLargeText));
		}
		Object checked = check(token, language, address);
		if (checked instanceof Page refusal) {
			return refusal;
		}
		Open open = (Open) checked;
		try {
			if (responses.answered(open.link())) {
				return thanks(language);
			}
			Answers answers;
			try {
				answers = Answers.parse(body, open.survey());
			} catch (Answers.Invalid invalid) {
				String message = switch (invalid.problem()) {
				case MALFORMED -> language.malformed;
				case MISSING -> language.missing;
				case OUT_OF_RANGE -> language.outOfRange;
				case COMMENT_TOO_LONG -> language.commentTooLong;
				};
				return new Page(400, FormPages.form(open.survey(), language, action(token, lang),
						Optional.of(message), Map.of(), Optional.empty()));
			}
			SurveyLink link = open.link();
			Instant now = clock.instant();
			responses.store(new Event.SurveyResponse(
					EventHeader.of(link.responseEventId(), now).withConversation(link.conversation()),
					link.survey(), open.survey().kind(), answers.score(open.survey()), answers.comment()));
			return thanks(language);
		} catch (IOException e) {
			return unavailable(language);
		}
	}

	private record Open(SurveyLink link, SurveyDefinition survey) {
	}

	/** @return the link and its survey, or the page refusing the request */
	private Object check(String token, FormLanguage language, String address) {
		if (!limiter.allow(address)) {
			return new Page(429, FormPages.message(language, language.busyTitle, language.busyText));
		}
		SurveyLinks.Check check = links.check(token, clock.instant());
		return switch (check) {
		case SurveyLinks.Check.Forged forged -> new Page(404,
				FormPages.message(language, language.invalidTitle, language.invalidText));
		case SurveyLinks.Check.Expired expired -> expired(language);
		case SurveyLinks.Check.Valid valid -> surveys.apply(valid.link().survey())
				.<Object>map(survey -> new Open(valid.link(), survey)).orElseGet(() -> expired(language));
		};
	}

	private static Page expired(FormLanguage language) {
		return new Page(410, FormPages.message(language, language.expiredTitle, language.expiredText));
	}

	private static Page thanks(FormLanguage language) {
		return new Page(200, FormPages.message(language, language.thanksTitle, language.thanksText));
	}

	private static Page unavailable(FormLanguage language) {
		return new Page(503, FormPages.message(language, language.busyTitle, language.busyText));
	}

	/** @return the form's action relative to its page ({@code .../survey/TOKEN}): the page itself */
	private static String action(String token, Optional<String> lang) {
		return token + lang.map(l -> "?lang=" + (l.equalsIgnoreCase("en") ? "en" : "vi")).orElse("");
	}
}
