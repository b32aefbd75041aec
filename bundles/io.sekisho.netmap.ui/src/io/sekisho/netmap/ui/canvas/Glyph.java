package io.sekisho.netmap.ui.canvas;

import org.eclipse.swt.graphics.GC;

/** Draws a small picture (a device icon) into a square of the given size at (x, y), in model coordinates. */
@FunctionalInterface
public interface Glyph {

	void paint(GC gc, int x, int y, int size);
}
