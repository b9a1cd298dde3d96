package org.carelens.channels.api;

/**
 * The type of a setting, which says how a form edits it and how {@link SettingsSchema#validate} checks it.
 */
public enum FieldType {
	/** Any single line of text. */
	TEXT,
	/** A whole number. */
	INTEGER,
	/** {@code true} or {@code false}. */
	BOOLEAN,
	/** A file or folder path. */
	PATH,
	/** An ISO-8601 duration such as {@code PT30S}, or a number of seconds. */
	DURATION,
	/** A time-zone id such as {@code Asia/Ho_Chi_Minh}. */
	ZONE,
	/** One of the field's {@link SettingField#choices() choices}. */
	CHOICE
}
