package io.sekisho.netmap.ui.canvas;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;

/**
 * What figures need while painting: the zoom (for level of detail), colours and fonts. One per canvas; it owns
 * the fonts it creates and disposes them with the canvas.
 */
public final class PaintContext {

	/** Below this zoom figures leave out texts and icons: they could not be read anyway. */
	public static final double DETAIL_ZOOM = 0.4;

	private final Map<RGB, Color> colors = new HashMap<>();
	private final Font normal;
	private final Font bold;
	private final Font small;
	private double zoom = 1;

	public PaintContext(Device device, Font base) {
		FontData data = base.getFontData()[0];
		normal = new Font(device, data.getName(), 9, SWT.NORMAL);
		bold = new Font(device, data.getName(), 9, SWT.BOLD);
		small = new Font(device, data.getName(), 8, SWT.NORMAL);
	}

	public double zoom() {
		return zoom;
	}

	void setZoom(double zoom) {
		this.zoom = zoom;
	}

	public boolean detailed() {
		return zoom >= DETAIL_ZOOM;
	}

	public Color color(RGB rgb) {
		return colors.computeIfAbsent(rgb, Color::new);
	}

	public Color color(int red, int green, int blue) {
		return color(new RGB(red, green, blue));
	}

	public Font normalFont() {
		return normal;
	}

	public Font boldFont() {
		return bold;
	}

	public Font smallFont() {
		return small;
	}

	void dispose() {
		normal.dispose();
		bold.dispose();
		small.dispose();
		colors.clear();
	}
}
