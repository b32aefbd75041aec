package io.sekisho.workbook.answers;

import java.util.List;

import io.sekisho.workbook.internal.sheets.ChecklistLayout;

/**
 * The parts of a checklist form a facility fills in, with the column each sits in: the fields of an answer row,
 * and the form's 確認日, which sits on its own line above the table.
 */
public enum AnswerField {
	ROUND1(ChecklistLayout.ROUND1), ROUND1_DATE(ChecklistLayout.ROUND1_DATE), ROUND2(ChecklistLayout.ROUND2),
	ROUND2_DATE(ChecklistLayout.ROUND2_DATE), TARGET_DATE(ChecklistLayout.TARGET_DATE), REMARKS(ChecklistLayout.REMARKS),
	/** The form's 確認日 (one per form, not per item): its change has no item and no device column. */
	CONFIRMATION_DATE(ChecklistLayout.CONFIRMATION_DATE);

	/** The fields of one answer row, in the order of their cells. */
	public static final List<AnswerField> ROW = List.of(ROUND1, ROUND1_DATE, ROUND2, ROUND2_DATE, TARGET_DATE, REMARKS);

	private final int column;

	AnswerField(int column) {
		this.column = column;
	}

	public int column() {
		return column;
	}
}
