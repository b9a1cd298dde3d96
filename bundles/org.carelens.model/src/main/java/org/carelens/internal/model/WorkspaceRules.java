package org.carelens.internal.model;

import org.carelens.model.Workspace;

/**
 * Every rule a workspace configuration must keep, in the order its messages are reported.
 */
public final class WorkspaceRules {

	private WorkspaceRules() {
	}

	/** Reports every broken rule of {@code workspace} to {@code problems}. */
	public static void check(Workspace workspace, Problems problems) {
		IdentityRules.check(workspace, problems);
		ReferenceRules.check(workspace, problems);
		ChannelRules.check(workspace, problems);
		CalendarRules.check(workspace, problems);
		SlaRules.check(workspace, problems);
		SurveyRules.check(workspace, problems);
		TargetRules.check(workspace, problems);
		ScorecardRules.check(workspace, problems);
	}
}
