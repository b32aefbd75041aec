package io.sekisho.core.checks;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

import io.sekisho.model.validation.Problem;

/**
 * The result of running the checks on one facility: the problems in check order, and the contributions that
 * could not run (a check whose class is missing or that threw, a broken edition or sheet reported by a check), each
 * a message in the user's language naming the contributing bundle.
 */
public record CheckReport(List<Problem> problems, List<String> failures) {

	/** The source of the problems that stand for {@link #failures()}. */
	public static final String FAILURE_SOURCE = "io.sekisho.core.checks.failure"; //$NON-NLS-1$

	public CheckReport {
		problems = List.copyOf(problems);
		failures = List.copyOf(failures);
	}

	/** @return the problems, then one warning about the facility as a whole per failure (how both clients show them) */
	public List<Problem> problemsAndFailures() {
		List<Problem> all = new ArrayList<>(problems);
		for (String failure : failures) {
			all.add(new Problem(Diagnostic.WARNING, 0, FAILURE_SOURCE, "/", failure, null)); //$NON-NLS-1$
		}
		return all;
	}

	public long errors() {
		return problems.stream().filter(Problem::isError).count();
	}
}
