package org.carelens.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.EventType;
import org.carelens.core.api.io.LineProblem;
import org.carelens.core.api.io.ReadProgress;
import org.carelens.core.inspect.EventFileInspector;
import org.carelens.core.inspect.InspectionReport;
import org.carelens.internal.cli.CommandRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The CareLens bundles inside a real OSGi framework: they resolve, and their DS services come up and work.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class PlatformInOsgiTest {

	private static final List<String> BUNDLES = List.of("org.carelens.core.api", "org.carelens.core",
			"org.carelens.cli");

	@InjectBundleContext
	BundleContext context;

	@TempDir
	Path dir;

	@Test
	void everyCareLensBundleIsResolved() {
		for (String name : BUNDLES) {
			Bundle bundle = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals(name))
					.findFirst().orElseThrow(() -> new AssertionError(name + " is not installed"));
			assertTrue((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
					name + " is not resolved, state " + bundle.getState());
			assertTrue(bundle.adapt(BundleWiring.class) != null, name + " has no wiring");
		}
	}

	@Test
	void theInspectorServiceReadsAFile(@InjectService EventFileInspector inspector) throws Exception {
		Path file = dir.resolve("events.jsonl");
		Files.writeString(file, String.join("\n",
				"{\"id\":\"1\",\"type\":\"conversation.opened\",\"at\":\"2026-02-10T08:15:00+07:00\",\"conversation\":\"c1\",\"channel\":\"EMAIL\",\"customer\":\"cu\"}",
				"{\"id\":\"2\",\"type\":\"message\",\"at\":\"2026-02-10T08:16:00+07:00\",\"conversation\":\"c1\",\"author\":\"customer\"}",
				"{\"id\":\"3\",\"type\":\"message\",\"at\":\"2026-02-10T08:17:00+07:00\",\"conversation\":\"c1\",\"author\":\"pigeon\"}"),
				StandardCharsets.UTF_8);
		List<LineProblem> heard = new ArrayList<>();
		InspectionReport report = inspector.inspect(List.of(file), ReadProgress.NONE, heard::add);
		assertEquals(2, report.total().events());
		assertEquals(1, report.total().counts().count(EventType.MESSAGE, ChannelKind.EMAIL));
		assertEquals(1, heard.size());
		assertEquals(3, heard.get(0).line());
	}

	@Test
	void commandsAreRegisteredWithTheirNamesAsServiceProperties() throws Exception {
		List<String> names = new ArrayList<>();
		for (ServiceReference<Command> reference : context.getServiceReferences(Command.class, null)) {
			names.add((String) reference.getProperty(Command.NAME));
			assertFalse(((String) reference.getProperty(Command.SUMMARY)).isBlank());
		}
		assertTrue(names.containsAll(List.of("validate", "version")), names.toString());
	}

	@Test
	void theRegistryRejectsADuplicateNameAndKeepsTheFirst(@InjectService CommandRegistry registry) throws Exception {
		Command impostor = new Command() {
			@Override
			public String usage() {
				return "Usage: carelens validate";
			}

			@Override
			public int run(CommandContext commandContext) {
				return FAILED;
			}
		};
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(Command.NAME, "validate");
		properties.put(Command.SUMMARY, "an impostor");
		ServiceRegistration<Command> registration = context.registerService(Command.class, impostor, properties);
		try {
			assertTrue(registry.problems().stream().anyMatch(p -> p.startsWith("duplicate command name 'validate'")),
					registry.problems().toString());
			assertEquals("Check event files against the CareLens event format",
					registry.find("validate").orElseThrow().summary(), "the first registration stays in use");
		} finally {
			registration.unregister();
		}
		assertEquals(1, registry.all().stream().filter(c -> c.name().equals("validate")).count());
	}

	@Test
	void aNewCommandServiceIsPickedUpWithoutRestart(@InjectService CommandRegistry registry) {
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(Command.NAME, "hello");
		properties.put(Command.SUMMARY, "Say hello");
		ServiceRegistration<Command> registration = context.registerService(Command.class, new Command() {
			@Override
			public String usage() {
				return "Usage: carelens hello";
			}

			@Override
			public int run(CommandContext commandContext) {
				commandContext.out().println("xin chào");
				return OK;
			}
		}, properties);
		assertTrue(registry.find("hello").isPresent());
		registration.unregister();
		assertTrue(registry.find("hello").isEmpty(), "gone with its service");
	}
}
