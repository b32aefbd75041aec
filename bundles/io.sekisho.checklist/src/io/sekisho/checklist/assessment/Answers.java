package io.sekisho.checklist.assessment;

import java.time.LocalDate;

import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;

/** Reading an answer: the second round, when given, supersedes the first. */
public final class Answers {

	private Answers() {
	}

	/** @return the answer that counts now (round 2 if given, else round 1), UNANSWERED for none */
	public static Answer latest(ChecklistAnswer answer) {
		if (answer == null) {
			return Answer.UNANSWERED;
		}
		if (answer.getRound2() != null && answer.getRound2() != Answer.UNANSWERED) {
			return answer.getRound2();
		}
		return answer.getRound1() == null ? Answer.UNANSWERED : answer.getRound1();
	}

	/** @return the date of {@link #latest(ChecklistAnswer)} */
	public static LocalDate latestDate(ChecklistAnswer answer) {
		if (answer.getRound2() != null && answer.getRound2() != Answer.UNANSWERED) {
			return answer.getRound2Date();
		}
		return answer.getRound1Date();
	}

	/** At inspection every item needs a first-round answer. */
	public static boolean answered(ChecklistAnswer answer) {
		return answer != null && answer.getRound1() != null && answer.getRound1() != Answer.UNANSWERED;
	}
}
