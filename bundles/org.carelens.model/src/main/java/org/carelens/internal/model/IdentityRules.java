package org.carelens.internal.model;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.carelens.model.Identified;
import org.carelens.model.Workspace;
import org.eclipse.emf.ecore.EObject;

/**
 * Every element that others can name has an id, unique in the whole workspace (ids are EMF ids, so also XMI
 * references), and a name.
 */
final class IdentityRules {

	private IdentityRules() {
	}

	static void check(Workspace workspace, Problems problems) {
		if (Labels.blank(workspace.getName())) {
			problems.error(workspace, "The workspace has no name");
		}
		if (TimeZones.zone(workspace.getTimeZone()).isEmpty()) {
			problems.error(workspace,
					"The workspace time zone '" + Labels.text(workspace.getTimeZone()) + "' is not a time zone");
		}
		Map<String, Identified> byId = new HashMap<>();
		for (Iterator<EObject> all = workspace.eAllContents(); all.hasNext();) {
			if (!(all.next() instanceof Identified element)) {
				continue;
			}
			if (Labels.blank(element.getId())) {
				problems.error(element, Labels.kind(element) + " '" + Labels.text(element.getName()) + "' has no id");
				continue;
			}
			Identified first = byId.putIfAbsent(element.getId(), element);
			if (first != null) {
				problems.error(element, Labels.of(element) + " has the same id as " + Labels.of(first)
						+ "; ids must be unique in the workspace");
			}
			if (Labels.blank(element.getName())) {
				problems.error(element, Labels.of(element) + " has no name");
			}
		}
	}
}
