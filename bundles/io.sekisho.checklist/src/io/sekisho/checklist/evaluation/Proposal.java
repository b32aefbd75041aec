package io.sekisho.checklist.evaluation;

import java.util.List;

import io.sekisho.model.facility.Answer;

/**
 * A proposed answer for one device column of an item.
 *
 * @param columnId a column id of the item (see Editions.columnIds), or {@link #ALL_COLUMNS}
 * @param answer   YES, NO or NOT_APPLICABLE
 */
public record Proposal(String columnId, Answer answer, List<Reason> reasons) {

	/** The proposal holds for every column of the item (and for items answered once). */
	public static final String ALL_COLUMNS = "*"; //$NON-NLS-1$

	public Proposal {
		if (answer == Answer.UNANSWERED) {
			throw new IllegalArgumentException("a proposal proposes an answer"); //$NON-NLS-1$
		}
		reasons = List.copyOf(reasons);
	}

	public static Proposal all(Answer answer, List<Reason> reasons) {
		return new Proposal(ALL_COLUMNS, answer, reasons);
	}
}
