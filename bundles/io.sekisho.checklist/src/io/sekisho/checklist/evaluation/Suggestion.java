package io.sekisho.checklist.evaluation;

import java.util.List;

import io.sekisho.checklist.assessment.Answers;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;

/**
 * The proposed answer for one item and column, with the answer already recorded there (null when none).
 *
 * @param evaluatorIds the evaluators whose proposals were combined
 */
public record Suggestion(Item item, String columnId, Answer answer, List<Reason> reasons, List<String> evaluatorIds,
		ChecklistAnswer recorded) {

	/** @return whether the slot has no first-round answer yet, so applying may write it */
	public boolean open() {
		return !Answers.answered(recorded);
	}

	/** @return whether the recorded current answer is はい and the evidence says いいえ */
	public boolean contradictsRecordedYes() {
		return answer == Answer.NO && Answers.latest(recorded) == Answer.YES;
	}
}
