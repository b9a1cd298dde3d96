package org.carelens.surveys.form;

import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.survey.CsiAttribute;
import org.carelens.core.api.survey.SurveyDefinition;

/**
 * The HTML of the survey pages: small, with no external assets and no script, readable on a phone first, with
 * a label for every control and the scale's meaning written at its ends.
 */
final class FormPages {

	private static final String STYLE = """
			*{box-sizing:border-box}body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
			color:#1d2733;background:#f4f6f8}main{max-width:38rem;margin:0 auto;padding:1.25rem}\
			h1{font-size:1.35rem;line-height:1.3;margin:.5rem 0 1rem}fieldset{border:0;margin:0 0 1.25rem;padding:0}\
			legend{font-weight:600;margin-bottom:.5rem;padding:0}.scale{display:grid;gap:.4rem;\
			grid-template-columns:repeat(auto-fit,minmax(2.9rem,1fr))}.hidden{position:absolute;width:1px;height:1px;\
			overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}\
			.scale label{min-height:2.9rem;display:flex;align-items:center;justify-content:center;\
			border:2px solid #8a97a6;border-radius:.5rem;background:#fff;font-weight:600;cursor:pointer}\
			.scale input{position:absolute;opacity:0;width:1px;height:1px}\
			.scale input:checked+label{background:#0b5cad;border-color:#0b5cad;color:#fff}\
			.scale input:focus-visible+label{outline:3px solid #f0a500;outline-offset:2px}\
			.ends{display:flex;justify-content:space-between;font-size:.85rem;color:#4a5866;margin:.35rem 0 0}\
			textarea{width:100%;min-height:6rem;font:inherit;padding:.5rem;border:2px solid #8a97a6;border-radius:.5rem}\
			label.comment{display:block;font-weight:600;margin-bottom:.35rem}\
			button{width:100%;margin-top:1rem;padding:.8rem;font:inherit;font-weight:700;color:#fff;background:#0b5cad;\
			border:0;border-radius:.5rem;cursor:pointer}.error{background:#fdecea;border-left:4px solid #b3261e;\
			padding:.6rem .8rem;margin:0 0 1rem}.lang{margin-top:1.5rem;font-size:.9rem}a{color:#0b5cad}""";

	private FormPages() {
	}

	static String form(SurveyDefinition survey, FormLanguage language, String action, Optional<String> error,
			Map<String, Integer> chosen, Optional<String> comment) {
		StringBuilder body = new StringBuilder();
		body.append("<h1>").append(escape(survey.question().in(language.locale()))).append("</h1>\n");
		error.ifPresent(e -> body.append("<p class=\"error\" role=\"alert\">").append(escape(e)).append("</p>\n"));
		body.append("<form method=\"post\" action=\"").append(escape(action)).append("\" accept-charset=\"UTF-8\">\n");
		String[] ends = language.ends(survey.kind());
		if (survey.kind() == SurveyKind.CSI) {
			for (CsiAttribute attribute : survey.attributes()) {
				scale(body, attribute.key(), attribute.question().in(language.locale()), false, survey, ends,
						Optional.ofNullable(chosen.get(attribute.key())));
			}
		} else {
			// the question is the page's heading; the group repeats it for screen readers only
			scale(body, Answers.SCORE, survey.question().in(language.locale()), true, survey, ends,
					Optional.ofNullable(chosen.get(Answers.SCORE)));
		}
		survey.comment().ifPresent(prompt -> {
			body.append("<label class=\"comment\" for=\"comment\">").append(escape(prompt.in(language.locale())))
					.append("</label>\n<textarea id=\"comment\" name=\"").append(Answers.COMMENT)
					.append("\" maxlength=\"").append(Answers.MAX_COMMENT).append("\">")
					.append(escape(comment.orElse(""))).append("</textarea>\n");
		});
		body.append("<button type=\"submit\">").append(escape(language.send)).append("</button>\n</form>\n");
		body.append("<p class=\"lang\"><a href=\"?lang=").append(language.other().tag).append("\" lang=\"")
				.append(language.other().tag).append("\">").append(escape(language.other().ownName))
				.append("</a></p>\n");
		return page(language, language.title, body.toString());
	}

	private static void scale(StringBuilder body, String name, String legend, boolean hiddenLegend,
			SurveyDefinition survey, String[] ends, Optional<Integer> chosen) {
		body.append("<fieldset>\n<legend").append(hiddenLegend ? " class=\"hidden\"" : "").append(">")
				.append(escape(legend)).append("</legend>\n<div class=\"scale\">\n");
		for (int value = survey.scaleMin(); value <= survey.scaleMax(); value++) {
			String id = name + "-" + value;
			body.append("<input type=\"radio\" id=\"").append(escape(id)).append("\" name=\"").append(escape(name))
					.append("\" value=\"").append(value).append("\" required")
					.append(chosen.isPresent() && chosen.get() == value ? " checked" : "").append("><label for=\"")
					.append(escape(id)).append("\">").append(value).append("</label>\n");
		}
		body.append("</div>\n<p class=\"ends\"><span>").append(survey.scaleMin()).append(" = ")
				.append(escape(ends[0])).append("</span><span>").append(survey.scaleMax()).append(" = ")
				.append(escape(ends[1])).append("</span></p>\n</fieldset>\n");
	}

	static String message(FormLanguage language, String title, String text) {
		return page(language, title, "<h1>" + escape(title) + "</h1>\n<p>" + escape(text) + "</p>\n");
	}

	private static String page(FormLanguage language, String title, String body) {
		return "<!doctype html>\n<html lang=\"" + language.tag + "\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
				+ "<meta name=\"robots\" content=\"noindex\">\n<title>" + escape(title) + "</title>\n<style>" + STYLE
				+ "</style>\n</head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
	}

	/** @return {@code text} safe in HTML text and in double-quoted attribute values */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
