package org.carelens.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carelens.internal.model.Problems;
import org.carelens.internal.model.WorkspaceRules;
import org.carelens.model.CareLensPackage;
import org.carelens.model.Workspace;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * The EMF validator of workspace configurations, whose diagnostics are sentences a person can act on, such as
 * "Team 't-hn-1' names manager 'm-9', which does not exist".
 */
public final class WorkspaceValidator implements EValidator {

	/** The one validator; it holds no state. */
	public static final WorkspaceValidator INSTANCE = new WorkspaceValidator();

	/** The source of its diagnostics. */
	public static final String DIAGNOSTIC_SOURCE = Problems.SOURCE;

	private WorkspaceValidator() {
	}

	/** @return every broken rule of {@code workspace}, one sentence each; empty when it is valid */
	public static List<String> validate(Workspace workspace) {
		List<String> messages = new ArrayList<>();
		for (Diagnostic child : diagnose(workspace).getChildren()) {
			messages.add(child.getMessage());
		}
		return List.copyOf(messages);
	}

	/** @return the EMF diagnostic of {@code workspace}, with a child per broken rule */
	public static Diagnostic diagnose(Workspace workspace) {
		// a registry of our own: the global one may hold other validators in an Eclipse runtime
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(CareLensPackage.eINSTANCE, INSTANCE);
		return new Diagnostician(registry).validate(workspace);
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// the rules look across the whole workspace (ids, references), so they run once, at its root
		if (!(eObject instanceof Workspace workspace)) {
			return true;
		}
		Problems problems = new Problems(diagnostics);
		WorkspaceRules.check(workspace, problems);
		return problems.none();
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return true;
	}
}
