package org.carelens.internal.reports.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The labels of a report in its own language, which need not be the workbench's: English, or Vietnamese for a
 * {@code vi} locale (no fallback on the JVM's default locale, so that a report made on a Vietnamese desktop in
 * English stays English).
 */
public final class Texts {

	private static final String BASE = "org.carelens.internal.reports.export.messages";

	private final Locale locale;
	private final ResourceBundle bundle;

	public Texts(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle(BASE, locale, Texts.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public Locale locale() {
		return locale;
	}

	/** @return the label, its {@code {0}}... replaced by the arguments */
	public String get(String key, Object... arguments) {
		String pattern = bundle.getString(key);
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	/** @return the label, or {@code fallback} when there is none for the key (a value we have no name for) */
	public String getOr(String key, String fallback) {
		try {
			return bundle.getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}
}
