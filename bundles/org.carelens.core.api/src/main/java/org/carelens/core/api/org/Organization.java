package org.carelens.core.api.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The organisation behind the contacts: sites, managers, teams and agents, looked up by id.
 */
public final class Organization {

	/** An organisation nobody described: every lookup finds nothing. */
	public static final Organization EMPTY = new Organization(List.of(), List.of(), List.of(), List.of());

	private final Map<String, Site> sites;
	private final Map<String, Manager> managers;
	private final Map<String, Team> teams;
	private final Map<String, Agent> agents;

	public Organization(List<Site> sites, List<Manager> managers, List<Team> teams, List<Agent> agents) {
		this.sites = index(sites, Site::id, "site");
		this.managers = index(managers, Manager::id, "manager");
		this.teams = index(teams, Team::id, "team");
		this.agents = index(agents, Agent::id, "agent");
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String kind) {
		Map<String, T> byId = new HashMap<>();
		for (T item : items) {
			if (byId.put(id.apply(item), item) != null) {
				throw new IllegalArgumentException("duplicate " + kind + " id '" + id.apply(item) + "'");
			}
		}
		return Map.copyOf(byId);
	}

	public Optional<Site> site(String id) {
		return Optional.ofNullable(sites.get(id));
	}

	public Optional<Manager> manager(String id) {
		return Optional.ofNullable(managers.get(id));
	}

	public Optional<Team> team(String id) {
		return Optional.ofNullable(teams.get(id));
	}

	public Optional<Agent> agent(String id) {
		return Optional.ofNullable(agents.get(id));
	}

	public List<Site> sites() {
		return List.copyOf(sites.values());
	}

	public List<Team> teams() {
		return List.copyOf(teams.values());
	}

	public List<Agent> agents() {
		return List.copyOf(agents.values());
	}

	public List<Manager> managers() {
		return List.copyOf(managers.values());
	}

	/**
	 * @return the team a conversation counts for: the one named on its events, else the agent's team
	 */
	public Optional<String> teamOf(Optional<String> agent, Optional<String> team) {
		if (team.isPresent()) {
			return team;
		}
		return agent.flatMap(this::agent).flatMap(Agent::team);
	}

	/** @return the site of an agent (its own, else its team's), or of the team when there is no agent */
	public Optional<String> siteOf(Optional<String> agent, Optional<String> team) {
		Optional<String> agentSite = agent.flatMap(this::agent).flatMap(Agent::site);
		if (agentSite.isPresent()) {
			return agentSite;
		}
		return teamOf(agent, team).flatMap(this::team).flatMap(Team::site);
	}

	/** @return the manager of the team */
	public Optional<String> managerOf(Optional<String> team) {
		return team.flatMap(this::team).flatMap(Team::manager);
	}
}
