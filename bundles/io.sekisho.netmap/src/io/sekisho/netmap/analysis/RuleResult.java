package io.sekisho.netmap.analysis;

import java.util.List;

import io.sekisho.model.facility.Identified;

/**
 * One thing a rule found: the elements it names (for a path, in order from the external point inwards) and a
 * message in the user's language.
 */
public record RuleResult(String ruleId, RuleSeverity severity, List<Identified> elements, boolean path, String message) {

	public RuleResult {
		elements = List.copyOf(elements);
	}

	/** @return whether this result names {@code element} */
	public boolean names(Identified element) {
		return elements.contains(element);
	}
}
