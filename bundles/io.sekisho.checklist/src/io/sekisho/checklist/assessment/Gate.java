package io.sekisho.checklist.assessment;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.catalog.Section;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAssessment;

/**
 * The opening question of the hospital form ("runs a medical information system at all?"): いいえ there makes every
 * other item not applicable.
 */
public final class Gate {

	private Gate() {
	}

	/** @return whether the assessment answered the gate item with いいえ */
	public static boolean closed(ChecklistAssessment assessment, Edition edition) {
		for (Section section : edition.getSections()) {
			for (Item item : section.getItems()) {
				if (item.isGate()) {
					for (String column : Editions.columnIds(item)) {
						if (Assessments.answer(assessment, item.getId(), column).map(Answers::latest).orElse(Answer.UNANSWERED) == Answer.NO) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	/** @return whether {@code item} is skipped because the gate is closed */
	public static boolean skips(ChecklistAssessment assessment, Edition edition, Item item) {
		return !item.isGate() && closed(assessment, edition);
	}
}
