package io.sekisho.checklist.evaluation;

import java.util.List;

/**
 * Proposes an answer to one checklist item from the facility model, contributed through the extension point
 * io.sekisho.checklist.evaluators. Implementations are stateless, have a public no-argument constructor, only read
 * the model, and return no proposal where the model holds no evidence (an empty list): a guess is worse than none.
 */
public interface ItemEvaluator {

	/**
	 * @return proposals, at most one per device column of the item ({@link Proposal#ALL_COLUMNS} for all of them);
	 *         empty when the model does not tell
	 */
	List<Proposal> evaluate(EvaluationContext context);
}
