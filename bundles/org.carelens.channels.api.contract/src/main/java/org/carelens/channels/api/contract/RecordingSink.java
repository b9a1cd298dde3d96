package org.carelens.channels.api.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.EventSink;
import org.carelens.channels.api.Rejected;
import org.carelens.core.api.Event;

/**
 * An {@link EventSink} that keeps what it is given, and can be told to fail its commits, for connector tests.
 */
public final class RecordingSink implements EventSink {

	private final List<Event> events = new ArrayList<>();
	private final List<Rejected> rejected = new ArrayList<>();
	private final List<Checkpoint> commits = new ArrayList<>();
	private int eventsAtLastCommit;
	private boolean failCommits;

	@Override
	public synchronized void accept(Event event) {
		events.add(event);
	}

	@Override
	public synchronized void reject(Rejected input) {
		rejected.add(input);
	}

	@Override
	public synchronized void commit(Checkpoint checkpoint) throws ConnectorException {
		if (failCommits) {
			throw new ConnectorException("the store is unavailable (a test made it fail)");
		}
		commits.add(checkpoint);
		eventsAtLastCommit = events.size();
	}

	/** Makes every later commit fail, as a store that has gone away would. */
	public synchronized void failCommits() {
		failCommits = true;
	}

	public synchronized List<Event> events() {
		return List.copyOf(events);
	}

	/** @return the events handed over up to the last commit */
	public synchronized List<Event> committedEvents() {
		return List.copyOf(events.subList(0, eventsAtLastCommit));
	}

	public synchronized List<Rejected> rejected() {
		return List.copyOf(rejected);
	}

	public synchronized List<Checkpoint> commits() {
		return List.copyOf(commits);
	}

	public synchronized Optional<Checkpoint> lastCommit() {
		return commits.isEmpty() ? Optional.empty() : Optional.of(commits.get(commits.size() - 1));
	}
}
