package io.sekisho.checklist.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.checklist.internal.Messages;
import io.sekisho.core.time.FiscalYear;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * Starts an assessment of a new edition from one of its predecessor: each answer moves to the item the new edition
 * maps it to. What counts is the answer as it stood (round 2 if given, else round 1); it becomes the first-round
 * answer of the new assessment with its original date, so the integrator sees when it was last confirmed. The rest
 * is listed: answers whose item does not map or whose column the new item lacks, target dates outside the new fiscal
 * year, and the new edition's items that received nothing.
 */
public final class CarryOver {

	/** Why an answer was not carried over. */
	public enum LeftoverKind {
		/** the new edition does not map the item */
		NOT_MAPPED,
		/** the new item has no such device column */
		COLUMN_MISSING,
		/** several old columns merge into one new column and their answers differ */
		COLUMNS_DISAGREE,
		/** the answer moved, its target date did not: it lies outside the new fiscal year */
		TARGET_DATE_DROPPED,
		/** an item of the new edition that received no answer */
		NEW_ITEM,
		/** 対象外 (vendor form only) cannot move to a form that does not offer it */
		OUT_OF_SCOPE_NOT_OFFERED
	}

	/** One thing the integrator must look at after the carry-over. */
	public record Leftover(LeftoverKind kind, String itemId, String columnId) {

		public String describe() {
			String column = columnId == null || columnId.isEmpty() ? "" : " [" + Editions.columnLabel(columnId) + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String message = switch (kind) {
			case NOT_MAPPED -> Messages.CarryOver_notMapped;
			case COLUMN_MISSING -> Messages.CarryOver_columnMissing;
			case COLUMNS_DISAGREE -> Messages.CarryOver_columnsDisagree;
			case TARGET_DATE_DROPPED -> Messages.CarryOver_targetDateDropped;
			case NEW_ITEM -> Messages.CarryOver_newItem;
			case OUT_OF_SCOPE_NOT_OFFERED -> Messages.CarryOver_outOfScopeOnFacilityForm;
			};
			return NLS.bind(message, itemId + column);
		}
	}

	/** @param moved answers written into the new assessment */
	public record Result(ChecklistAssessment assessment, int moved, List<Leftover> leftovers) {
	}

	private CarryOver() {
	}

	/**
	 * Creates the assessment of {@code to} for the same form and respondent as {@code from} and adds it to the
	 * workbook.
	 *
	 * @throws IllegalArgumentException when {@code to} is not the successor of the source's edition
	 * @throws IllegalStateException    when the workbook has that assessment already
	 */
	public static Result start(FacilityWorkbook workbook, ChecklistAssessment from, Edition fromEdition, Edition to) {
		if (!Objects.equals(from.getEditionId(), fromEdition.getId()) || !Objects.equals(to.getPredecessorId(), fromEdition.getId())) {
			throw new IllegalArgumentException(NLS.bind(Messages.CarryOver_notSuccessor, to.getId(), from.getEditionId()));
		}
		ChecklistAssessment target = from.getRespondent() == null ? Assessments.addFacilityAssessment(workbook, to)
				: Assessments.addVendorAssessment(workbook, to, from.getRespondent());
		FormKind form = FormKinds.toCatalog(target.getForm());
		FiscalYear year = new FiscalYear(to.getFiscalYear());
		List<Leftover> leftovers = new ArrayList<>();
		int moved = 0;
		for (Map.Entry<Slot, List<ChecklistAnswer>> entry : bySlot(from, fromEdition, to, leftovers).entrySet()) {
			Slot slot = entry.getKey();
			List<ChecklistAnswer> sources = entry.getValue();
			ChecklistAnswer first = sources.get(0);
			Answer answer = Answers.latest(first);
			if (sources.stream().anyMatch(a -> Answers.latest(a) != answer)) {
				leftovers.add(new Leftover(LeftoverKind.COLUMNS_DISAGREE, slot.itemId(), slot.columnId()));
				continue;
			}
			if (answer == Answer.OUT_OF_SCOPE && !Editions.offersOutOfScope(to, form)) {
				leftovers.add(new Leftover(LeftoverKind.OUT_OF_SCOPE_NOT_OFFERED, slot.itemId(), slot.columnId()));
				continue;
			}
			ChecklistAnswer copy = Assessments.answerOrCreate(target, slot.itemId(), slot.columnId());
			copy.setRound1(answer);
			copy.setRound1Date(Answers.latestDate(first));
			copy.setRemarks(first.getRemarks());
			if (first.getTargetDate() != null) {
				if (year.contains(first.getTargetDate())) {
					copy.setTargetDate(first.getTargetDate());
				} else {
					leftovers.add(new Leftover(LeftoverKind.TARGET_DATE_DROPPED, slot.itemId(), slot.columnId()));
				}
			}
			moved++;
		}
		for (Item item : Editions.items(to, form)) {
			if (target.getAnswers().stream().noneMatch(a -> item.getId().equals(a.getItemId()))) {
				leftovers.add(new Leftover(LeftoverKind.NEW_ITEM, item.getId(), null));
			}
		}
		return new Result(target, moved, List.copyOf(leftovers));
	}

	private record Slot(String itemId, String columnId) {
	}

	/** Groups the old answers by the new slot they go to; lists the ones that go nowhere. */
	private static Map<Slot, List<ChecklistAnswer>> bySlot(ChecklistAssessment from, Edition fromEdition, Edition to, List<Leftover> leftovers) {
		Map<Slot, List<ChecklistAnswer>> result = new LinkedHashMap<>();
		for (ChecklistAnswer answer : from.getAnswers()) {
			if (Answers.latest(answer) == Answer.UNANSWERED) {
				continue;
			}
			String column = Assessments.blankToEmpty(answer.getDeviceColumn());
			List<Item> targets = Editions.mappedAll(to, answer.getItemId());
			if (targets.isEmpty()) {
				leftovers.add(new Leftover(LeftoverKind.NOT_MAPPED, answer.getItemId(), column));
				continue;
			}
			// one old item may split into several (R7 2-2fa into R8 2-⑪ and 2-⑫): the answer goes to each of them
			for (Item target : targets) {
				Optional<String> targetColumn = targetColumn(fromEdition, answer.getItemId(), column, target);
				if (targetColumn.isEmpty()) {
					leftovers.add(new Leftover(LeftoverKind.COLUMN_MISSING, answer.getItemId(), column));
					continue;
				}
				result.computeIfAbsent(new Slot(target.getId(), targetColumn.get()), k -> new ArrayList<>()).add(answer);
			}
		}
		return result;
	}

	private static Optional<String> targetColumn(Edition fromEdition, String fromItemId, String column, Item target) {
		List<String> targetColumns = Editions.columnIds(target);
		if (targetColumns.contains(column)) {
			return Optional.of(column);
		}
		int sources = sourceColumns(fromEdition, fromItemId);
		if (targetColumns.size() == 1 && sources > 1) {
			// several device columns merged into one (R6 2-(7) into R7 ⑥): carried when they agree
			return Optional.of(targetColumns.get(0));
		}
		if (targetColumns.size() == 1 && sources == 1) {
			// asked once before and once now, for another column (R7 2-2fa 全般 into R8 2-⑪ 端末PC): the same question
			return Optional.of(targetColumns.get(0));
		}
		return Optional.empty();
	}

	private static int sourceColumns(Edition edition, String itemId) {
		return Editions.item(edition, itemId).map(i -> Editions.columnIds(i).size()).orElse(0);
	}
}
