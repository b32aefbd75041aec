package io.sekisho.netmap.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One analysis result the map shows: which rule (its id for machines, its name for people), how serious (an EMF Diagnostic severity), the message in the
 * user's language, the elements it names (badged), and for a path the hops in order (drawn).
 */
public record MapResult(String ruleId, String ruleName, int severity, String message, List<EObject> elements, List<EObject> path) {

	public MapResult {
		elements = List.copyOf(elements);
		path = List.copyOf(path);
	}
}
