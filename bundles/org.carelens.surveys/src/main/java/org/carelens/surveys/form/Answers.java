package org.carelens.surveys.form;

import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.survey.CsiAttribute;
import org.carelens.core.api.survey.SurveyDefinition;

/**
 * A customer's answers as the form posted them ({@code application/x-www-form-urlencoded}): a rating per question
 * ({@code score}, or one per CSI attribute key) and an optional comment, checked against the survey.
 *
 * @param ratings per question, the rating given
 * @param comment the comment, trimmed; empty when none was written
 */
public record Answers(Map<String, Integer> ratings, Optional<String> comment) {

	/** The field of the rating of a survey with one question. */
	public static final String SCORE = "score";
	/** The field of the comment. */
	public static final String COMMENT = "comment";
	/** Longer comments are refused: a paragraph or two, not a document. */
	public static final int MAX_COMMENT = 2_000;

	public Answers {
		ratings = Map.copyOf(ratings);
	}

	/** Why a post cannot be taken. */
	public static final class Invalid extends Exception {
		private static final long serialVersionUID = 1L;
		private final Problem problem;

		Invalid(Problem problem, String detail) {
			super(detail);
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}
	}

	/** The kinds of problem, each with its own message to the customer. */
	public enum Problem {
		/** Not a form post at all (bad encoding, not UTF-8, a field twice). */
		MALFORMED,
		/** A question left unanswered. */
		MISSING,
		/** A rating outside the scale. */
		OUT_OF_RANGE,
		/** A comment over {@link Answers#MAX_COMMENT} characters. */
		COMMENT_TOO_LONG
	}

	/**
	 * Reads and checks a posted form against {@code survey}.
	 *
	 * @throws Invalid saying what is wrong; the customer sees the form again with the message
	 */
	public static Answers parse(byte[] body, SurveyDefinition survey) throws Invalid {
		Map<String, String> fields = fields(body);
		Map<String, Integer> ratings = new LinkedHashMap<>();
		for (String question : questions(survey)) {
			String value = fields.get(question);
			if (value == null || value.isBlank()) {
				throw new Invalid(Problem.MISSING, "'" + question + "' was not answered");
			}
			int rating;
			try {
				rating = Integer.parseInt(value.trim());
			} catch (NumberFormatException e) {
				throw new Invalid(Problem.OUT_OF_RANGE, "'" + question + "' is not a number");
			}
			if (rating < survey.scaleMin() || rating > survey.scaleMax()) {
				throw new Invalid(Problem.OUT_OF_RANGE, "'" + question + "' is " + rating + ", outside "
						+ survey.scaleMin() + ".." + survey.scaleMax());
			}
			ratings.put(question, rating);
		}
		Optional<String> comment = Optional.ofNullable(fields.get(COMMENT)).map(String::strip)
				.filter(c -> !c.isEmpty());
		if (comment.isPresent() && survey.comment().isEmpty()) {
			comment = Optional.empty(); // the survey asks for none: a stray field is not kept
		}
		if (comment.map(c -> c.codePointCount(0, c.length()) > MAX_COMMENT).orElse(false)) {
			throw new Invalid(Problem.COMMENT_TOO_LONG, "the comment is longer than " + MAX_COMMENT + " characters");
		}
		return new Answers(ratings, comment);
	}

	/** @return the fields a form of {@code survey} asks: one score, or one per CSI attribute */
	public static List<String> questions(SurveyDefinition survey) {
		return survey.kind() == SurveyKind.CSI ? survey.attributes().stream().map(CsiAttribute::key).toList()
				: List.of(SCORE);
	}

	/**
	 * @return the score the response records: the rating, or for CSI the weighted index 0–100 of the attribute
	 *         ratings on the survey's scale
	 */
	public double score(SurveyDefinition survey) {
		if (survey.kind() != SurveyKind.CSI) {
			return ratings.get(SCORE);
		}
		double span = survey.scaleMax() - survey.scaleMin();
		double index = 0;
		double weights = 0;
		for (CsiAttribute attribute : survey.attributes()) {
			index += attribute.weight() * (ratings.get(attribute.key()) - survey.scaleMin()) / span;
			weights += attribute.weight();
		}
		return Math.round(1000 * 100 * index / weights) / 1000.0;
	}

	private static Map<String, String> fields(byte[] body) throws Invalid {
		String text;
		try {
			text = StandardCharsets.US_ASCII.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
		} catch (CharacterCodingException e) {
			throw new Invalid(Problem.MALFORMED, "a form post is ASCII; non-ASCII characters are percent-encoded");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		if (text.isEmpty()) {
			return fields;
		}
		for (String pair : text.split("&", -1)) {
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = decode(equals < 0 ? "" : pair.substring(equals + 1));
			if (fields.put(name, value) != null) {
				throw new Invalid(Problem.MALFORMED, "field '" + name + "' twice");
			}
		}
		return fields;
	}

	private static String decode(String encoded) throws Invalid {
		try {
			// strict UTF-8: URLDecoder replaces bad bytes, so check that nothing was replaced
			String decoded = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
			if (decoded.indexOf('\uFFFD') >= 0 && !encoded.toUpperCase(java.util.Locale.ROOT).contains("%EF%BF%BD")) {
				throw new Invalid(Problem.MALFORMED, "not UTF-8");
			}
			return decoded;
		} catch (IllegalArgumentException e) {
			throw new Invalid(Problem.MALFORMED, "bad percent-encoding");
		}
	}
}
