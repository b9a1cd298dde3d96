package org.carelens.internal.core.json;

import java.math.BigDecimal;

/**
 * A JSON number kept as its text, so that no precision is lost before a consumer decides what it needs.
 */
public record JsonNumber(String text) {

	public double doubleValue() {
		return Double.parseDouble(text);
	}

	public BigDecimal decimalValue() {
		return new BigDecimal(text);
	}

	/** @return whether the number has neither a fraction nor an exponent */
	public boolean isInteger() {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '.' || c == 'e' || c == 'E') {
				return false;
			}
		}
		return true;
	}
}
