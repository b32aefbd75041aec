package io.sekisho.core.labels;

import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Severity;

/**
 * The colour of each status in Sekisho's charts, as 0xRRGGBB: the handover workbook's summary charts and the rich
 * client's overview take them from here, so a status looks the same on screen and on paper. Red is what needs
 * action now, orange and amber what needs it soon, green what is fine, grey what is not known.
 */
public final class ChartColours {

	private static final int DARK_RED = 0x7B0000;
	private static final int RED = 0xC00000;
	private static final int ORANGE = 0xED7D31;
	private static final int AMBER = 0xFFC000;
	private static final int BLUE = 0x5B9BD5;
	private static final int GREEN = 0x70AD47;
	private static final int PURPLE = 0x7030A0;
	private static final int GREY = 0xA5A5A5;
	private static final int DARK_GREY = 0x7F7F7F;

	/** Past-due plans and findings: the text colour of their highlight (on {@link #PAST_DUE_BACKGROUND}). */
	public static final int PAST_DUE = 0x9C0006;
	public static final int PAST_DUE_BACKGROUND = 0xFFC7CE;

	private ChartColours() {
	}

	public static int of(Severity severity) {
		return switch (severity) {
		case CRITICAL -> RED;
		case HIGH -> ORANGE;
		case MEDIUM -> AMBER;
		case LOW -> BLUE;
		case INFO -> GREY;
		};
	}

	public static int of(FirmwareStatus status) {
		return switch (status) {
		case KNOWN_EXPLOITED -> DARK_RED;
		case VULNERABLE -> RED;
		case END_OF_SUPPORT -> PURPLE;
		case CHECK_MANUALLY -> ORANGE;
		case AWAITING_ANALYSIS -> AMBER;
		case UPDATE_AVAILABLE -> BLUE;
		case CURRENT -> GREEN;
		case PRODUCT_UNKNOWN -> DARK_GREY;
		case UNKNOWN -> GREY;
		};
	}

	public static int of(PasswordVerdict verdict) {
		return switch (verdict) {
		case ACCEPTED -> GREEN;
		case REJECTED -> RED;
		case NOT_CHECKED -> GREY;
		};
	}

	/** Checklist answer slots: answered (not いいえ). */
	public static final int ANSWERED = GREEN;
	/** いいえ with a target date. */
	public static final int NO_WITH_TARGET = AMBER;
	/** いいえ without a target date (the inspection asks for one). */
	public static final int NO_WITHOUT_TARGET = RED;
	public static final int UNANSWERED = GREY;

	/** @return the red, green and blue parts of {@code rgb} */
	public static int[] parts(int rgb) {
		return new int[] { rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF };
	}
}
