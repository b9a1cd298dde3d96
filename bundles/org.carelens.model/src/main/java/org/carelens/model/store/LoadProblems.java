package org.carelens.model.store;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.carelens.internal.model.Labels;
import org.carelens.model.Identified;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/**
 * Turns what EMF and the XML parser report about a file that did not load into one message for people.
 */
final class LoadProblems {

	private static final Pattern LOCATION = Pattern.compile("\\s*\\([^()]*, -?\\d+, -?\\d+\\)$");

	private LoadProblems() {
	}

	static WorkspaceFormatException describe(Path file, Resource resource, Exception failure) {
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			Throwable cause = first instanceof Throwable t ? t : failure;
			int more = resource.getErrors().size() - 1;
			return new WorkspaceFormatException(file, first.getLine(),
					reason(first) + (more > 0 ? " (and " + more + " more " + (more == 1 ? "problem" : "problems") + ")" : ""),
					cause);
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException sax) {
				return new WorkspaceFormatException(file, sax.getLineNumber(), sax.getMessage(), failure);
			}
			if (cause instanceof XMIException xmi) {
				return new WorkspaceFormatException(file, xmi.getLine(), withoutLocation(xmi.getMessage()), failure);
			}
		}
		return new WorkspaceFormatException(file, 0, withoutLocation(failure.getMessage()), failure);
	}

	private static String reason(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof UnresolvedReferenceException unresolved) {
			// the raw message ("Unresolved reference 'm-9'.") does not say who names it, nor as what
			EObject owner = unresolved.getObject();
			String label = owner instanceof Identified identified ? Labels.of(identified)
					: owner == null ? "An element" : owner.eClass().getName();
			return label + " names " + unresolved.getFeature().getName() + " '" + unresolved.getReference()
					+ "', which does not exist";
		}
		String message = diagnostic.getMessage();
		// SAX wraps its message in the exception's class name; the line is reported separately
		if (diagnostic instanceof Throwable t && t.getCause() instanceof SAXParseException sax) {
			message = sax.getMessage();
		}
		return withoutLocation(message);
	}

	/** EMF appends "(file:/..., line, column)" to its messages; the exception already says where. */
	private static String withoutLocation(String message) {
		return message == null ? "unreadable" : LOCATION.matcher(message).replaceFirst("");
	}
}
