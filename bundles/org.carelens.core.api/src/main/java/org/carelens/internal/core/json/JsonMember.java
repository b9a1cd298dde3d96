package org.carelens.internal.core.json;

/**
 * One member of a parsed JSON object: its name, its value and the raw text of the value.
 *
 * @param value a {@link String}, {@link JsonNumber}, {@link Boolean}, {@link JsonParser#NULL}, a
 *              {@code List<Object>} or a {@code List<JsonMember>} (a nested object)
 * @param raw   the value exactly as written, for fields kept without interpretation
 */
public record JsonMember(String name, Object value, String raw) {
}
