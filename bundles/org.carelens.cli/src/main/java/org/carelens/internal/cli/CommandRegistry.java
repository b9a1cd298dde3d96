package org.carelens.internal.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.carelens.cli.spi.Command;
import org.osgi.framework.Constants;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Binds every {@link Command} service as it comes and goes. Under a name taken by an earlier registration, a later
 * one is rejected loudly and kept aside; it takes over if the earlier one goes away.
 */
@Component(service = CommandRegistry.class)
public final class CommandRegistry implements Commands {

	private static final System.Logger LOG = System.getLogger(CommandRegistry.class.getName());

	private record Registration(long serviceId, String name, String summary, ComponentServiceObjects<Command> objects,
			String bundle) implements RegisteredCommand {

		@Override
		public Command acquire() {
			Command command = objects.getService();
			if (command == null) {
				throw new IllegalStateException("the command '" + name + "' went away");
			}
			return command;
		}

		@Override
		public void release(Command command) {
			objects.ungetService(command);
		}
	}

	/** Registrations by name; the first of each list is the one in use. */
	private final Map<String, List<Registration>> byName = new TreeMap<>();
	private final List<String> problems = new ArrayList<>();

	@Reference(service = Command.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	synchronized void addCommand(ComponentServiceObjects<Command> objects, Map<String, Object> properties) {
		long id = (Long) properties.get(Constants.SERVICE_ID);
		String bundle = String.valueOf(properties.getOrDefault("component.name", "service " + id));
		Object name = properties.get(Command.NAME);
		if (!(name instanceof String commandName) || commandName.isBlank()) {
			report(bundle + " registers a Command without the property " + Command.NAME + "; it is ignored");
			return;
		}
		Object summary = properties.get(Command.SUMMARY);
		Registration registration = new Registration(id, commandName, summary instanceof String s ? s : "",
				objects, bundle);
		List<Registration> same = byName.computeIfAbsent(commandName, n -> new ArrayList<>());
		same.add(registration);
		same.sort(Comparator.comparingLong(Registration::serviceId));
		if (same.size() > 1) {
			report("duplicate command name '" + commandName + "': " + same.get(0).bundle() + " is used, "
					+ same.subList(1, same.size()).stream().map(Registration::bundle).toList() + " rejected");
		}
	}

	synchronized void removeCommand(ComponentServiceObjects<Command> objects, Map<String, Object> properties) {
		long id = (Long) properties.get(Constants.SERVICE_ID);
		byName.values().forEach(list -> list.removeIf(r -> r.serviceId() == id));
		byName.values().removeIf(List::isEmpty);
	}

	private void report(String problem) {
		problems.add(problem);
		LOG.log(System.Logger.Level.ERROR, problem);
	}

	@Override
	public synchronized List<RegisteredCommand> all() {
		return byName.values().stream().map(list -> (RegisteredCommand) list.get(0)).toList();
	}

	@Override
	public synchronized Optional<RegisteredCommand> find(String name) {
		List<Registration> list = byName.get(name);
		return list == null ? Optional.empty() : Optional.of(list.get(0));
	}

	@Override
	public synchronized List<String> problems() {
		return List.copyOf(problems);
	}
}
