package org.carelens.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.org.Organization;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.core.api.workspace.WorkspaceConfigurations;

/**
 * The workspace configuration facts are folded with: calendars and SLA policies by id, the organisation, and the
 * FCR window.
 */
public record FactContext(Map<String, BusinessCalendar> calendars, Map<String, SlaPolicy> policies,
		Organization organization, Duration fcrWindow) {

	/** METRICS.md: a repeat contact within 7 days of the last resolution means the first contact did not resolve. */
	public static final Duration DEFAULT_FCR_WINDOW = Duration.ofDays(7);

	/** No calendars, no policies, no organisation: wall-clock durations, no SLA. */
	public static final FactContext EMPTY = new FactContext(Map.of(), Map.of(), Organization.EMPTY, DEFAULT_FCR_WINDOW);

	public FactContext {
		calendars = Map.copyOf(calendars);
		policies = Map.copyOf(policies);
		Objects.requireNonNull(organization, "organization");
		if (fcrWindow.isNegative()) {
			throw new IllegalArgumentException("negative FCR window: " + fcrWindow);
		}
	}

	/** @return the context of a workspace's configuration: its calendars, SLA policies and organisation */
	public static FactContext of(WorkspaceConfig config) {
		return new FactContext(config.calendars(), config.slaPolicies(), config.organization(), DEFAULT_FCR_WINDOW);
	}

	/**
	 * @return what the facts of a workspace folder are folded with: its configuration's calendars, SLA policies and
	 *         organisation; without a configuration file, {@link #EMPTY} (wall-clock durations, no SLA)
	 * @throws IOException when there is a configuration but it cannot be used (its reason says why)
	 */
	public static FactContext ofWorkspace(Path workspace, Optional<WorkspaceConfigurations> configurations)
			throws IOException {
		if (!Files.exists(workspace.resolve(WorkspaceConfigurations.FILE_NAME))) {
			return EMPTY;
		}
		if (configurations.isEmpty()) {
			throw new IOException("the workspace has a configuration (" + WorkspaceConfigurations.FILE_NAME
					+ ") but the service that reads it is not installed");
		}
		return of(configurations.get().open(workspace));
	}

	public Optional<SlaPolicy> policy(String id) {
		return Optional.ofNullable(policies.get(id));
	}

	/** @return the calendar of a policy; wall-clock time when the policy names none or an unknown one */
	public BusinessCalendar calendarOf(Optional<SlaPolicy> policy) {
		return policy.flatMap(SlaPolicy::calendar).map(calendars::get).orElse(BusinessCalendar.ALWAYS);
	}
}
