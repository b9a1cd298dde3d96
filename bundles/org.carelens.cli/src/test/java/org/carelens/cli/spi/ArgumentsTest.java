package org.carelens.cli.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

	private static Arguments parse(String... arguments) throws UsageException {
		return Arguments.parse(List.of(arguments), Set.of("--quiet"), Set.of("--workspace", "--format"));
	}

	@Test
	void separatesOptionsFromOperands() throws UsageException {
		Arguments parsed = parse("a.jsonl", "--quiet", "--workspace", "ws", "--format=csv", "b.jsonl");
		assertTrue(parsed.flag("--quiet"));
		assertEquals(Optional.of("ws"), parsed.value("--workspace"));
		assertEquals(Optional.of("csv"), parsed.value("--format"));
		assertEquals(List.of("a.jsonl", "b.jsonl"), parsed.operands());
	}

	@Test
	void doubleDashEndsOptions() throws UsageException {
		Arguments parsed = parse("--", "--quiet", "-x.jsonl");
		assertFalse(parsed.flag("--quiet"));
		assertEquals(List.of("--quiet", "-x.jsonl"), parsed.operands());
	}

	@Test
	void aLoneDashIsAnOperand() throws UsageException {
		assertEquals(List.of("-"), parse("-").operands());
	}

	@Test
	void wrongOptionsAreUsageErrors() {
		assertEquals("unknown option --verbose", assertThrows(UsageException.class, () -> parse("--verbose")).getMessage());
		assertEquals("option --workspace needs a value",
				assertThrows(UsageException.class, () -> parse("--workspace")).getMessage());
		assertEquals("option --quiet takes no value",
				assertThrows(UsageException.class, () -> parse("--quiet=yes")).getMessage());
		assertEquals("option --format is given twice",
				assertThrows(UsageException.class, () -> parse("--format", "csv", "--format=json")).getMessage());
	}
}
