package io.sekisho.password;

/**
 * What is wrong with a password. The {@link #code()} strings are stable: they are written to JSON output,
 * stored in assessments and matched by the checklist, so never rename one.
 */
public enum FindingCode {
	EMPTY("empty"),
	TOO_SHORT("too-short"),
	/** long enough only together with two-factor authentication or periodic change, and neither is in place */
	SHORT_WITHOUT_MFA_OR_ROTATION("short-without-mfa-or-rotation"),
	MISSING_CHARACTER_CLASSES("missing-character-classes"),
	FACTORY_DEFAULT("factory-default"),
	SEQUENCE("sequence"),
	REPEATED_CHARACTERS("repeated-characters"),
	KEYBOARD_PATTERN("keyboard-pattern"),
	DICTIONARY_WORD("dictionary-word"),
	/** on the bundled lists of common and leaked passwords */
	LEAKED_PASSWORD("leaked-password"),
	/** in the imported breached-password index (Have I Been Pwned data) */
	BREACHED_PASSWORD("breached-password"),
	CONTEXT_WORD("context-word"),
	DATE_OR_YEAR("date-or-year"),
	TOO_FEW_GUESSES("too-few-guesses"),
	REUSED_IN_FACILITY("reused-in-facility"),
	REUSED_ACROSS_FACILITIES("reused-across-facilities");

	private final String code;

	FindingCode(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static FindingCode ofCode(String code) {
		for (FindingCode f : values()) {
			if (f.code.equals(code)) {
				return f;
			}
		}
		throw new IllegalArgumentException(code);
	}
}
