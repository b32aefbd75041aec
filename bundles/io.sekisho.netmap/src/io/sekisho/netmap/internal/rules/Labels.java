package io.sekisho.netmap.internal.rules;

import io.sekisho.model.facility.Availability;
import io.sekisho.netmap.internal.Messages;

/** Labels of model values in rule messages (no enum literal ever reaches a person). */
final class Labels {

	private Labels() {
	}

	static String availability(Availability value) {
		if (value == null) {
			return Messages.Availability_UNKNOWN;
		}
		return switch (value) {
			case YES -> Messages.Availability_YES;
			case NO -> Messages.Availability_NO;
			case NOT_APPLICABLE -> Messages.Availability_NOT_APPLICABLE;
			default -> Messages.Availability_UNKNOWN;
		};
	}
}
