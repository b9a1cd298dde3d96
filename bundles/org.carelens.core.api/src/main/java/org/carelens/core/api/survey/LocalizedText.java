package org.carelens.core.api.survey;

import java.util.Locale;
import java.util.Objects;

/**
 * A text shown to customers, in Vietnamese and in English.
 */
public record LocalizedText(String vi, String en) {

	public LocalizedText {
		Objects.requireNonNull(vi, "vi");
		Objects.requireNonNull(en, "en");
	}

	/** @return the Vietnamese text for a Vietnamese locale, else the English one */
	public String in(Locale locale) {
		return "vi".equals(locale.getLanguage()) ? vi : en;
	}
}
