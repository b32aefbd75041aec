package io.sekisho.netmap.analysis;

import java.util.List;

/**
 * What an analysis found, and the rules that could not run (a broken contribution: named with its bundle and
 * skipped, the others still run).
 */
public record AnalysisReport(List<RuleResult> results, List<String> failures, boolean canceled) {

	public AnalysisReport {
		results = List.copyOf(results);
		failures = List.copyOf(failures);
	}

	public boolean hasErrors() {
		return results.stream().anyMatch(r -> r.severity() == RuleSeverity.ERROR);
	}

	/** @return the results of one rule */
	public List<RuleResult> of(String ruleId) {
		return results.stream().filter(r -> r.ruleId().equals(ruleId)).toList();
	}
}
