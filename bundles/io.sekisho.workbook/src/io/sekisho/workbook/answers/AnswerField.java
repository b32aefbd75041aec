package io.sekisho.workbook.answers;

import io.sekisho.workbook.internal.sheets.ChecklistLayout;

/** The parts of a checklist answer a facility fills in, with the column each sits in. */
public enum AnswerField {
	ROUND1(ChecklistLayout.ROUND1), ROUND1_DATE(ChecklistLayout.ROUND1_DATE), ROUND2(ChecklistLayout.ROUND2),
	ROUND2_DATE(ChecklistLayout.ROUND2_DATE), TARGET_DATE(ChecklistLayout.TARGET_DATE), REMARKS(ChecklistLayout.REMARKS);

	private final int column;

	AnswerField(int column) {
		this.column = column;
	}

	public int column() {
		return column;
	}
}
