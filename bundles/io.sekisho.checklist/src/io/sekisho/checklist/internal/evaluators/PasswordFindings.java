package io.sekisho.checklist.internal.evaluators;

import java.util.Set;

/**
 * The finding codes the password checker stores in PasswordAssessment.findingCodes (stable strings of
 * io.sekisho.password.FindingCode). The checklist reads them from the model and does not depend on that bundle.
 */
final class PasswordFindings {

	static final String EMPTY = "empty"; //$NON-NLS-1$
	static final String TOO_SHORT = "too-short"; //$NON-NLS-1$
	static final String SHORT_WITHOUT_MFA_OR_ROTATION = "short-without-mfa-or-rotation"; //$NON-NLS-1$
	static final String MISSING_CHARACTER_CLASSES = "missing-character-classes"; //$NON-NLS-1$
	static final String FACTORY_DEFAULT = "factory-default"; //$NON-NLS-1$
	static final String REUSED_IN_FACILITY = "reused-in-facility"; //$NON-NLS-1$
	static final String REUSED_ACROSS_FACILITIES = "reused-across-facilities"; //$NON-NLS-1$

	/** Findings that break ⑦ (length and composition). */
	static final Set<String> LENGTH = Set.of(EMPTY, TOO_SHORT, SHORT_WITHOUT_MFA_OR_ROTATION, MISSING_CHARACTER_CLASSES);

	private PasswordFindings() {
	}
}
