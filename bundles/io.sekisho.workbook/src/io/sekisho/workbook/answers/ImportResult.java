package io.sekisho.workbook.answers;

import java.util.List;

import io.sekisho.checklist.catalog.Edition;

/**
 * What a filled workbook would change: nothing is applied while {@link #problems()} is not empty.
 *
 * @param warnings things to look at that do not stop the import (いいえ without a target date ...)
 */
public record ImportResult(Edition edition, List<AnswerChange> changes, List<AnswerProblem> problems,
		List<AnswerProblem> warnings) {

	public boolean acceptable() {
		return problems.isEmpty();
	}
}
