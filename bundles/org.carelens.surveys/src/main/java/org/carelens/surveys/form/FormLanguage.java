package org.carelens.surveys.form;

import java.util.Locale;
import java.util.Optional;

import org.carelens.core.api.SurveyKind;

/**
 * The words of the survey pages, in Vietnamese and English. The customer's language comes from the link
 * ({@code ?lang=vi|en}), else from the browser's {@code Accept-Language}, else Vietnamese.
 */
enum FormLanguage {
	VI("vi", "Khảo sát ý kiến khách hàng", "Gửi đánh giá", "Ý kiến thêm (không bắt buộc)",
			"Cảm ơn anh/chị đã dành thời gian đánh giá!", "Ý kiến của anh/chị giúp chúng tôi phục vụ tốt hơn.",
			"Liên kết khảo sát đã hết hạn", "Rất tiếc, thời gian trả lời khảo sát này đã kết thúc.",
			"Liên kết không hợp lệ", "Liên kết này không đúng hoặc đã bị thay đổi. Vui lòng dùng đúng liên kết trong tin nhắn của chúng tôi.",
			"Quá nhiều yêu cầu", "Vui lòng thử lại sau ít phút.", "Nội dung quá lớn",
			"Ý kiến gửi lên quá dài. Vui lòng rút gọn và gửi lại.",
			"Vui lòng chọn một điểm cho mỗi câu hỏi.", "Điểm đã chọn không nằm trong thang điểm.",
			"Ý kiến thêm dài quá 2.000 ký tự.", "Không đọc được nội dung gửi lên. Vui lòng gửi lại.",
			"Tiếng Việt"),
	EN("en", "Customer survey", "Send", "Anything else? (optional)", "Thank you for your time!",
			"Your answer helps us serve you better.", "This survey link has expired",
			"Sorry, the time to answer this survey is over.", "This link is not valid",
			"The link is wrong or was changed. Please use the link in our message as it is.", "Too many requests",
			"Please try again in a few minutes.", "Too much text", "What was sent is too long. Please shorten it and send again.",
			"Please choose a score for every question.", "The score chosen is not on the scale.",
			"The comment is longer than 2,000 characters.", "What was sent could not be read. Please send it again.",
			"English");

	final String tag;
	final String title;
	final String send;
	final String commentLabel;
	final String thanksTitle;
	final String thanksText;
	final String expiredTitle;
	final String expiredText;
	final String invalidTitle;
	final String invalidText;
	final String busyTitle;
	final String busyText;
	final String tooLargeTitle;
	final String tooLargeText;
	final String missing;
	final String outOfRange;
	final String commentTooLong;
	final String malformed;
	/** The language's name in itself, for the link that switches to it. */
	final String ownName;

	FormLanguage(String tag, String title, String send, String commentLabel, String thanksTitle, String thanksText,
			String expiredTitle, String expiredText, String invalidTitle, String invalidText, String busyTitle,
			String busyText, String tooLargeTitle, String tooLargeText, String missing, String outOfRange,
			String commentTooLong, String malformed, String ownName) {
		this.tag = tag;
		this.title = title;
		this.send = send;
		this.commentLabel = commentLabel;
		this.thanksTitle = thanksTitle;
		this.thanksText = thanksText;
		this.expiredTitle = expiredTitle;
		this.expiredText = expiredText;
		this.invalidTitle = invalidTitle;
		this.invalidText = invalidText;
		this.busyTitle = busyTitle;
		this.busyText = busyText;
		this.tooLargeTitle = tooLargeTitle;
		this.tooLargeText = tooLargeText;
		this.missing = missing;
		this.outOfRange = outOfRange;
		this.commentTooLong = commentTooLong;
		this.malformed = malformed;
		this.ownName = ownName;
	}

	FormLanguage other() {
		return this == VI ? EN : VI;
	}

	Locale locale() {
		return Locale.forLanguageTag(tag);
	}

	/** @return the words at the two ends of a scale, e.g. "very dissatisfied" and "very satisfied" */
	String[] ends(SurveyKind kind) {
		return switch (kind) {
		case CSAT -> this == VI ? new String[] { "Rất không hài lòng", "Rất hài lòng" }
				: new String[] { "Very dissatisfied", "Very satisfied" };
		case NPS -> this == VI ? new String[] { "Chắc chắn không", "Chắc chắn có" }
				: new String[] { "Not at all likely", "Extremely likely" };
		case CES -> this == VI ? new String[] { "Rất khó khăn", "Rất dễ dàng" }
				: new String[] { "Very difficult", "Very easy" };
		case CSI -> this == VI ? new String[] { "Rất kém", "Rất tốt" } : new String[] { "Very poor", "Very good" };
		};
	}

	/**
	 * @param chosen         {@code vi} or {@code en} from the link, if any
	 * @param acceptLanguage the browser's header, if any
	 */
	static FormLanguage of(Optional<String> chosen, Optional<String> acceptLanguage) {
		if (chosen.isPresent()) {
			return chosen.get().equalsIgnoreCase("en") ? EN : VI;
		}
		if (acceptLanguage.isPresent()) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage.get())) {
					String language = range.getRange().toLowerCase(Locale.ROOT);
					if (language.startsWith("vi")) {
						return VI;
					}
					if (language.startsWith("en")) {
						return EN;
					}
				}
			} catch (IllegalArgumentException e) {
				// a malformed header: the default
			}
		}
		return VI;
	}
}
