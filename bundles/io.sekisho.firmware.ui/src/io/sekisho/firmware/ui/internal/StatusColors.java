package io.sekisho.firmware.ui.internal;

import org.eclipse.swt.graphics.Color;

import io.sekisho.model.facility.FirmwareStatus;

/** The background of the status cell: red for exploited, orange for vulnerable, grey for unclear, green for current. */
final class StatusColors {

	private static final Color EXPLOITED = new Color(0xF4, 0xB4, 0xB4);
	private static final Color VULNERABLE = new Color(0xF9, 0xD7, 0xA8);
	private static final Color END_OF_SUPPORT = new Color(0xE8, 0xC8, 0xE8);
	private static final Color UNCLEAR = new Color(0xE4, 0xE4, 0xE4);
	private static final Color CURRENT = new Color(0xC8, 0xEC, 0xC8);

	private StatusColors() {
	}

	/** @return the colour of {@code status}, or null for the table's own background */
	static Color of(FirmwareStatus status) {
		if (status == null) {
			return null;
		}
		return switch (status) {
			case KNOWN_EXPLOITED -> EXPLOITED;
			case VULNERABLE, UPDATE_AVAILABLE -> VULNERABLE;
			case END_OF_SUPPORT -> END_OF_SUPPORT;
			case CURRENT -> CURRENT;
			default -> UNCLEAR;
		};
	}
}
