package io.sekisho.checklist.assessment;

import io.sekisho.checklist.catalog.Section;

/**
 * Progress of one section on one form, counted in answer slots (item × device column).
 *
 * @param slots           answers the section needs
 * @param answered        slots with a first-round answer (or not applicable because the opening question is いいえ)
 * @param no              slots whose current answer is いいえ
 * @param noWithoutTarget いいえ without a target date
 */
public record SectionProgress(Section section, int slots, int answered, int no, int noWithoutTarget) {

	public SectionProgress plus(SectionProgress other) {
		return new SectionProgress(null, slots + other.slots, answered + other.answered, no + other.no,
				noWithoutTarget + other.noWithoutTarget);
	}

	public boolean complete() {
		return answered == slots;
	}
}
