package io.sekisho.ui.editor;

import org.eclipse.swt.graphics.Color;

import io.sekisho.core.labels.ChartColours;

/**
 * The colours of past-due plans and findings on screen (text and background), from {@link ChartColours} like the
 * overview's charts. Colours without a device need no disposal.
 */
public final class PastDueColours {

	private static final Color FOREGROUND = colour(ChartColours.PAST_DUE);
	private static final Color BACKGROUND = colour(ChartColours.PAST_DUE_BACKGROUND);

	private PastDueColours() {
	}

	public static Color foreground() {
		return FOREGROUND;
	}

	public static Color background() {
		return BACKGROUND;
	}

	/** @return the colour 0xRRGGBB, needing no disposal */
	public static Color colour(int rgb) {
		int[] p = ChartColours.parts(rgb);
		return new Color(p[0], p[1], p[2]);
	}
}
