package org.carelens.internal.channels.social;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.carelens.channels.api.FieldType;
import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.Settings;

/** The settings both social connectors have. */
final class SocialSettings {

	static final SettingField IDLE_GAP = SettingField.optional("idle_gap", "Idle gap", FieldType.DURATION, "PT24H",
			"a customer's message after the thread has been quiet this long opens a new conversation");
	static final SettingField LANGUAGE = SettingField.choice("language", "Language of messages sent",
			List.of("vi", "en", "both"), "both",
			"the language survey invitations are written in: vi, en, or both when customers write in either");
	static final SettingField MAX_BODY = SettingField.optional("max_body_bytes", "Largest body", FieldType.INTEGER,
			"1048576", "larger requests are refused with 413");

	private SocialSettings() {
	}

	/** @return an optional secret: a token that only some uses of an instance need */
	static SettingField optionalSecret(String key, String label, String help) {
		return new SettingField(key, label, FieldType.TEXT, false, true, Optional.empty(), List.of(), help);
	}

	static Duration idleGap(Settings settings) {
		return settings.duration(IDLE_GAP.key()).filter(d -> !d.isNegative() && !d.isZero())
				.orElse(Duration.ofHours(24));
	}

	static Optional<Locale> language(Settings settings) {
		String language = settings.text(LANGUAGE.key()).orElse("both");
		return language.equals("both") ? Optional.empty() : Optional.of(Locale.forLanguageTag(language));
	}

	static int maxBody(Settings settings) {
		return settings.integer(MAX_BODY.key()).orElse(1L << 20).intValue();
	}

	/** @return the non-blank text of {@code key} */
	static Optional<String> text(Settings settings, String key) {
		return settings.text(key).filter(value -> !value.isBlank());
	}
}
