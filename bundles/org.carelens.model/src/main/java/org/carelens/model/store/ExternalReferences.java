package org.carelens.model.store;

import java.util.Collection;
import java.util.Map;

import org.carelens.internal.model.Labels;
import org.carelens.model.Identified;
import org.carelens.model.Workspace;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Refuses to save a workspace in which an element names one that is not in it: EMF would write the id anyway, and
 * the file would then fail to load.
 */
final class ExternalReferences {

	private ExternalReferences() {
	}

	static void refuse(Workspace workspace) {
		Map<EObject, Collection<EStructuralFeature.Setting>> external = EcoreUtil.ExternalCrossReferencer
				.find(workspace);
		for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> entry : external.entrySet()) {
			EStructuralFeature.Setting setting = entry.getValue().iterator().next();
			EObject owner = setting.getEObject();
			String ownerLabel = owner instanceof Identified identified ? Labels.of(identified)
					: owner == workspace ? "The workspace" : owner.eClass().getName();
			String target = entry.getKey() instanceof Identified identified ? Labels.text(identified.getId())
					: entry.getKey().toString();
			throw new IllegalArgumentException(ownerLabel + " names " + setting.getEStructuralFeature().getName()
					+ " '" + target + "', which is not in the workspace; it cannot be saved");
		}
	}
}
