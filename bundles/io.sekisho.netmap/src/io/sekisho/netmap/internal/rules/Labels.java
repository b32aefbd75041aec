package io.sekisho.netmap.internal.rules;

import io.sekisho.model.facility.Availability;

/** Labels of model values in rule messages (no enum literal ever reaches a person). */
final class Labels {

	private Labels() {
	}

	static String availability(Availability value, RuleTexts texts) {
		if (value == null) {
			return texts.get("Availability_UNKNOWN"); //$NON-NLS-1$
		}
		return switch (value) {
			case YES -> texts.get("Availability_YES"); //$NON-NLS-1$
			case NO -> texts.get("Availability_NO"); //$NON-NLS-1$
			case NOT_APPLICABLE -> texts.get("Availability_NOT_APPLICABLE"); //$NON-NLS-1$
			default -> texts.get("Availability_UNKNOWN"); //$NON-NLS-1$
		};
	}
}
