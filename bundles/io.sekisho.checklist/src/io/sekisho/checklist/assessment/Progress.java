package io.sekisho.checklist.assessment;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.catalog.Section;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;

/** Progress of an assessment per section of its form, and in total. */
public record Progress(ChecklistAssessment assessment, Edition edition, FormKind form, List<SectionProgress> sections) {

	public static Progress of(ChecklistAssessment assessment, Edition edition) {
		FormKind form = FormKinds.toCatalog(assessment.getForm());
		boolean gateClosed = Gate.closed(assessment, edition);
		List<SectionProgress> sections = new ArrayList<>();
		for (Section section : edition.getSections()) {
			List<Item> items = Editions.items(section, form);
			if (items.isEmpty()) {
				continue;
			}
			int slots = 0;
			int answered = 0;
			int no = 0;
			int noWithoutTarget = 0;
			for (Item item : items) {
				for (String column : Editions.columnIds(item)) {
					slots++;
					if (gateClosed && !item.isGate()) {
						answered++; // not applicable: nothing else is asked
						continue;
					}
					ChecklistAnswer answer = Assessments.answer(assessment, item.getId(), column).orElse(null);
					if (Answers.answered(answer)) {
						answered++;
					}
					if (Answers.latest(answer) == Answer.NO) {
						no++;
						if (answer.getTargetDate() == null) {
							noWithoutTarget++;
						}
					}
				}
			}
			sections.add(new SectionProgress(section, slots, answered, no, noWithoutTarget));
		}
		return new Progress(assessment, edition, form, List.copyOf(sections));
	}

	public SectionProgress total() {
		return sections.stream().reduce(new SectionProgress(null, 0, 0, 0, 0), SectionProgress::plus);
	}
}
