package org.carelens.internal.model;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * Collects the broken rules of a workspace as EMF diagnostics, each with a message for people.
 */
public final class Problems {

	/** The source of every diagnostic, as EMF validators name theirs. */
	public static final String SOURCE = "org.carelens.model";

	private final DiagnosticChain chain;
	private int count;

	public Problems(DiagnosticChain chain) {
		this.chain = chain;
	}

	/** Reports that {@code element} breaks a rule. */
	public void error(EObject element, String message) {
		count++;
		if (chain != null) {
			chain.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, count, message, new Object[] { element }));
		}
	}

	/** @return whether no rule was broken */
	public boolean none() {
		return count == 0;
	}
}
