package io.sekisho.netmap.analysis;

import org.eclipse.emf.common.util.Diagnostic;

import io.sekisho.model.facility.Severity;

/** How serious a rule's result is; maps to EMF diagnostics (Problems view) and to finding severities. */
public enum RuleSeverity {
	ERROR(Diagnostic.ERROR, Severity.HIGH), WARNING(Diagnostic.WARNING, Severity.MEDIUM), INFO(Diagnostic.INFO, Severity.LOW);

	private final int diagnostic;
	private final Severity findingSeverity;

	RuleSeverity(int diagnostic, Severity findingSeverity) {
		this.diagnostic = diagnostic;
		this.findingSeverity = findingSeverity;
	}

	public int diagnostic() {
		return diagnostic;
	}

	public Severity findingSeverity() {
		return findingSeverity;
	}

	/** @return the severity named in a contribution ({@code error}, {@code warning}, {@code info}); warning when unknown */
	public static RuleSeverity parse(String text) {
		if (text != null) {
			for (RuleSeverity s : values()) {
				if (s.name().equalsIgnoreCase(text.trim())) {
					return s;
				}
			}
		}
		return WARNING;
	}
}
