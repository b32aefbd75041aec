package io.sekisho.checklist.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.assessment.FormKinds;
import io.sekisho.checklist.assessment.Gate;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.checklist.internal.Messages;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * Runs the evaluators of an edition over an assessment and writes their proposals into empty answers. When
 * evaluators disagree on a column, いいえ wins: one piece of evidence against a measure is enough.
 */
public final class Suggestions {

	/** Marks remarks that Sekisho wrote, so a person can tell them from their own. */
	public static final String REMARK_PREFIX = "[Sekisho] "; //$NON-NLS-1$

	private final EvaluatorRegistry evaluators;
	private final List<String> problems = new ArrayList<>();
	private final LocalDate today;

	public Suggestions(EvaluatorRegistry evaluators, LocalDate today) {
		this.evaluators = evaluators;
		this.today = today;
	}

	/** @return the suggestions for every item of the assessment's form that an evaluator has evidence for */
	public List<Suggestion> propose(FacilityWorkbook workbook, ChecklistAssessment assessment, Edition edition) {
		FormKind form = FormKinds.toCatalog(assessment.getForm());
		List<Suggestion> result = new ArrayList<>();
		for (Item item : Editions.items(edition, form)) {
			if (Gate.skips(assessment, edition, item)) {
				continue;
			}
			EvaluationContext context = new EvaluationContext(workbook, edition, item, form, assessment.getRespondent(), today);
			Map<String, Combined> byColumn = new LinkedHashMap<>();
			for (EvaluatorRegistry.Registered registered : evaluators.evaluators(edition.getId(), item.getId())) {
				for (Proposal proposal : evaluate(registered, context)) {
					List<String> columns = Proposal.ALL_COLUMNS.equals(proposal.columnId()) ? Editions.columnIds(item)
							: Editions.columnIds(item).contains(proposal.columnId()) ? List.of(proposal.columnId()) : List.of();
					for (String column : columns) {
						byColumn.computeIfAbsent(column, c -> new Combined()).add(registered.id(), proposal);
					}
				}
			}
			byColumn.forEach((column, combined) -> result.add(new Suggestion(item, column, combined.answer, List.copyOf(combined.reasons),
					List.copyOf(combined.evaluatorIds), Assessments.answer(assessment, item.getId(), column).orElse(null))));
		}
		return result;
	}

	/**
	 * One evaluator's proposals. A contributed evaluator that fails (an exception, a class it needs is missing) is
	 * skipped and named in {@link #problems()}: one broken vendor bundle must not stop the others.
	 */
	private List<Proposal> evaluate(EvaluatorRegistry.Registered registered, EvaluationContext context) {
		try {
			return registered.evaluator().evaluate(context);
		} catch (RuntimeException | LinkageError e) {
			String problem = org.eclipse.osgi.util.NLS.bind(Messages.Evaluator_failed,
					new Object[] { registered.id(), registered.contributor(), String.valueOf(e) });
			if (!problems.contains(problem)) {
				problems.add(problem);
			}
			return List.of();
		}
	}

	/** Evaluators that failed during {@link #propose}, with their bundle; empty when all went well. */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	/**
	 * Writes the suggestions into slots without a first-round answer: round 1 = the proposal, dated today, with the
	 * reasons as remarks. Answers already given stay untouched.
	 *
	 * @return how many answers were written
	 */
	public int apply(ChecklistAssessment assessment, List<Suggestion> suggestions) {
		int written = 0;
		for (Suggestion suggestion : suggestions) {
			if (!suggestion.open()) {
				continue;
			}
			ChecklistAnswer answer = Assessments.answerOrCreate(assessment, suggestion.item().getId(), suggestion.columnId());
			answer.setRound1(suggestion.answer());
			answer.setRound1Date(today);
			if (answer.getRemarks() == null || answer.getRemarks().isBlank()) {
				answer.setRemarks(REMARK_PREFIX + suggestion.reasons().stream().map(Reason::ja).collect(Collectors.joining(" / "))); //$NON-NLS-1$
			}
			written++;
		}
		return written;
	}

	/** @return a one-line label of an answer in the user's language: はい / いいえ / 該当なし */
	public static String label(Answer answer) {
		return switch (answer) {
		case YES -> Messages.Answer_yes;
		case NO -> Messages.Answer_no;
		case NOT_APPLICABLE -> Messages.Answer_notApplicable;
		case OUT_OF_SCOPE -> Messages.Answer_outOfScope;
		case UNANSWERED -> Messages.Answer_unanswered;
		};
	}

	/** The proposals of several evaluators for one column. */
	private static final class Combined {
		Answer answer;
		final List<Reason> reasons = new ArrayList<>();
		final List<String> evaluatorIds = new ArrayList<>();

		void add(String evaluatorId, Proposal proposal) {
			if (answer == null || proposal.answer() == Answer.NO) {
				if (answer != proposal.answer()) {
					reasons.clear(); // the reasons of a weaker answer do not explain the stronger one
				}
				answer = proposal.answer();
			} else if (answer != proposal.answer()) {
				return;
			}
			reasons.addAll(proposal.reasons());
			evaluatorIds.add(evaluatorId);
		}
	}
}
