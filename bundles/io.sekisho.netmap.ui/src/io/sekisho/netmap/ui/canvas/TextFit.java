package io.sekisho.netmap.ui.canvas;

import java.util.Objects;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;

/**
 * One text of a figure, shortened to a width, with its extent: kept until the text, the font or the width change.
 * Measuring text is the costly part of painting a card (a Pango layout per call), and it does not depend on the
 * zoom (texts are drawn in model coordinates), so a repaint measures nothing that did not change.
 */
final class TextFit {

	private String text;
	private Font font;
	private int width = Integer.MIN_VALUE;
	private String shown = ""; //$NON-NLS-1$
	private int extentX;
	private int extentY;

	/** {@code text} shortened with an ellipsis to {@code width} ({@link Integer#MAX_VALUE}: as it is) in {@code font}, which the GC has set. */
	String fit(GC gc, Font font, String text, int width) {
		if (font != this.font || width != this.width || !Objects.equals(text, this.text)) {
			this.text = text;
			this.font = font;
			this.width = width;
			shown = width == Integer.MAX_VALUE ? (text == null ? "" : text) : NodeFigure.fit(gc, text, width); //$NON-NLS-1$
			Point extent = gc.textExtent(shown);
			extentX = extent.x;
			extentY = extent.y;
		}
		return shown;
	}

	int width() {
		return extentX;
	}

	int height() {
		return extentY;
	}
}
