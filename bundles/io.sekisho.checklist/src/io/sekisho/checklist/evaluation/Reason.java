package io.sekisho.checklist.evaluation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.sekisho.checklist.editions.Editions;

/**
 * Why an evaluator proposes an answer, in both languages (the answer sheet is Japanese, the integrator may read
 * English), with the model elements it is about so a user interface can link to them.
 */
public record Reason(String ja, String en, List<EObject> elements) {

	public Reason {
		elements = List.copyOf(elements);
	}

	/** @return the text in the user's language */
	public String text() {
		return Editions.japanese() ? ja : en;
	}
}
