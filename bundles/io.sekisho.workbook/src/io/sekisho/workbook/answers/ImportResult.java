package io.sekisho.workbook.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.sekisho.checklist.catalog.Edition;

/**
 * What a filled workbook would change, read three-way (the cells at export, the workbook, the model now): nothing
 * is applied while {@link #problems()} is not empty; {@link #conflicts()} are applied only once resolved.
 *
 * @param changes cells the facility changed where the model still holds the value of the export: applied
 * @param conflicts cells changed on both sides since the export: applied only after {@link #resolve}
 * @param kept cells the facility left as exported whose value changed in the model since: the model is kept
 * @param warnings things to look at that do not stop the import (いいえ without a target date ...)
 */
public record ImportResult(Edition edition, List<AnswerChange> changes, List<AnswerConflict> conflicts,
		List<KeptAnswer> kept, List<AnswerProblem> problems, List<AnswerProblem> warnings) {

	public boolean acceptable() {
		return problems.isEmpty();
	}

	/**
	 * @param choice the side to keep per conflict; {@code null} leaves a conflict open (not applied)
	 * @return this result with the chosen conflicts resolved: theirs become changes, ours are dropped
	 */
	public ImportResult resolve(Function<AnswerConflict, AnswerConflict.Side> choice) {
		List<AnswerChange> resolvedChanges = new ArrayList<>(changes);
		List<AnswerConflict> open = new ArrayList<>();
		for (AnswerConflict c : conflicts) {
			AnswerConflict.Side side = choice.apply(c);
			if (side == AnswerConflict.Side.THEIRS) {
				resolvedChanges.add(c.takeTheirs());
			} else if (side == null) {
				open.add(c);
			}
		}
		return new ImportResult(edition, List.copyOf(resolvedChanges), List.copyOf(open), kept, problems, warnings);
	}
}
