package org.carelens.internal.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonParserTest {

	@Test
	void parsesEveryKindOfValueAndKeepsRawText() throws Exception {
		List<JsonMember> members = JsonParser
				.parseObject(" {\"s\":\"a\\u00e9\\n\",\"n\":-1.5e3,\"t\":true,\"f\":false,\"z\":null,\"l\":[1,{\"x\":[]}]} ");
		assertEquals("aé\n", members.get(0).value());
		assertEquals(new JsonNumber("-1.5e3"), members.get(1).value());
		assertEquals(Boolean.TRUE, members.get(2).value());
		assertEquals(Boolean.FALSE, members.get(3).value());
		assertEquals(JsonParser.NULL, members.get(4).value());
		assertEquals("[1,{\"x\":[]}]", members.get(5).raw());
	}

	@Test
	void decodesSurrogatePairEscapes() throws Exception {
		assertEquals("😀", JsonParser.parseObject("{\"e\":\"\\ud83d\\ude00\"}").get(0).value());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"{\"a\":1,\"a\":2}|duplicate member \"a\" at column 8", //
			"{\"a\":01}|leading zeros are not allowed in numbers at column 7", //
			"{\"a\":1,}|expected a member name in double quotes at column 8", //
			"{\"a\":1} x|unexpected text after the object at column 9", //
			"{\"a\":\"\\ud800\"}|unpaired surrogate escape in a string at column 13", //
			"{\"a\":\"x\\q\"}|invalid escape '\\q' at column 8", //
			"{\"a\":tru}|unexpected character 't' at column 6", //
			"{\"a\":1.}|expected a digit after the decimal point at column 8", //
			"{\"a\":\"open|unterminated string but the line ended at column 11", //
			"{\"a\"|expected ':' but the line ended at column 5", //
			"{a:1}|expected a member name in double quotes at column 2", //
			"[]|expected a JSON object '{' at column 1" })
	void rejectsWhatRfc8259Rejects(String text, String message) {
		assertEquals(message, assertThrows(JsonSyntaxException.class, () -> JsonParser.parseObject(text)).describe());
	}

	@Test
	void rejectsRawControlCharactersInStrings() {
		assertEquals("control character U+0009 in a string must be escaped at column 8",
				assertThrows(JsonSyntaxException.class, () -> JsonParser.parseObject("{\"a\":\"x\ty\"}")).describe());
	}

	@Test
	void limitsNesting() {
		String deep = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";
		assertEquals("nested deeper than 64 levels",
				assertThrows(JsonSyntaxException.class, () -> JsonParser.parseObject(deep)).getMessage());
	}

	@Test
	void writerEscapesWhatMustBeEscaped() {
		StringBuilder out = new StringBuilder();
		JsonWriter.quote(out, "a\"b\\c\nd\u0001é");
		assertEquals("\"a\\\"b\\\\c\\nd\\u0001é\"", out.toString());
	}
}
