package org.carelens.internal.model;

import org.carelens.model.Agent;
import org.carelens.model.Identified;
import org.carelens.model.Manager;
import org.carelens.model.MetricTarget;
import org.carelens.model.SlaPolicy;
import org.carelens.model.Team;
import org.carelens.model.Workspace;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * An element that names another (a team its manager, an agent its team, ...) names one of the same workspace.
 */
final class ReferenceRules {

	private ReferenceRules() {
	}

	static void check(Workspace workspace, Problems problems) {
		named(workspace, problems, workspace, "The workspace", "default calendar", workspace.getDefaultCalendar());
		for (Manager manager : workspace.getManagers()) {
			named(workspace, problems, manager, Labels.of(manager), "site", manager.getSite());
		}
		for (Team team : workspace.getTeams()) {
			named(workspace, problems, team, Labels.of(team), "site", team.getSite());
			named(workspace, problems, team, Labels.of(team), "manager", team.getManager());
		}
		for (Agent agent : workspace.getAgents()) {
			named(workspace, problems, agent, Labels.of(agent), "team", agent.getTeam());
			named(workspace, problems, agent, Labels.of(agent), "site", agent.getSite());
		}
		for (SlaPolicy policy : workspace.getSlaPolicies()) {
			named(workspace, problems, policy, Labels.of(policy), "calendar", policy.getCalendar());
		}
		for (MetricTarget target : workspace.getMetricTargets()) {
			String owner = "Target for '" + Labels.text(target.getMetric()) + "'";
			named(workspace, problems, target, owner, "team", target.getTeam());
			named(workspace, problems, target, owner, "channel", target.getChannel());
		}
	}

	private static void named(Workspace workspace, Problems problems, EObject owner, String label, String role,
			Identified target) {
		if (target == null) {
			return;
		}
		if (target.eIsProxy() || EcoreUtil.getRootContainer(target) != workspace) {
			problems.error(owner, label + " names " + role + " '" + id(target) + "', which does not exist");
		}
	}

	private static String id(Identified target) {
		if (target.eIsProxy()) {
			return ((InternalEObject) target).eProxyURI().fragment();
		}
		return Labels.text(target.getId());
	}
}
