package io.sekisho.netmap.ui.canvas;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.RGB;

/**
 * The overview's shapes collected by colour and drawn with one path per colour: thousands of small boxes and
 * lines cost a few calls into the graphics library instead of thousands.
 */
public final class Batch {

	private record Stroke(RGB color, int width) {
	}

	private final GC gc;
	private final PaintContext context;
	private final Map<RGB, Path> fills = new LinkedHashMap<>();
	private final Map<Stroke, Path> strokes = new LinkedHashMap<>();

	Batch(GC gc, PaintContext context) {
		this.gc = gc;
		this.context = context;
	}

	public void fill(RGB color, Rect r) {
		fills.computeIfAbsent(color, c -> new Path(gc.getDevice())).addRectangle((float) r.x(), (float) r.y(), (float) r.width(),
				(float) r.height());
	}

	public void polyline(RGB color, int width, double[] points) {
		if (points.length < 4) {
			return;
		}
		Path path = strokes.computeIfAbsent(new Stroke(color, width), c -> new Path(gc.getDevice()));
		path.moveTo((float) points[0], (float) points[1]);
		for (int i = 2; i + 1 < points.length; i += 2) {
			path.lineTo((float) points[i], (float) points[i + 1]);
		}
	}

	/** Draws the lines, then the boxes over them, and frees the paths. */
	void flush() {
		try {
			strokes.forEach((stroke, path) -> {
				gc.setForeground(context.color(stroke.color()));
				gc.setLineWidth(stroke.width());
				gc.drawPath(path);
			});
			gc.setLineWidth(1);
			fills.forEach((color, path) -> {
				gc.setBackground(context.color(color));
				gc.fillPath(path);
			});
		} finally {
			strokes.values().forEach(Path::dispose);
			fills.values().forEach(Path::dispose);
			strokes.clear();
			fills.clear();
		}
	}
}
