package io.sekisho.netmap.ui.canvas;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/**
 * A line between two figures through optional bend points; it ends on their outlines. Its style tells the
 * medium (solid wired, dashed wireless, dash-dot VPN tunnel); its label sits at the middle.
 */
public class ConnectionFigure extends Figure {

	/** How the line is drawn. */
	public enum Style {
		SOLID, DASHED, DOTTED, TUNNEL
	}

	private Figure source;
	private Figure target;
	private List<double[]> bendPoints = List.of();
	private String label;
	private Style style = Style.SOLID;
	private RGB color = new RGB(80, 90, 105);
	private int width = 2;
	private double[] points = new double[0];
	/** The route rounded to pixels, as drawPolyline wants it; made once per route, not per paint. */
	private int[] pixels = new int[0];
	private final TextFit labelFit = new TextFit();
	private static final RGB WHITE = new RGB(255, 255, 255);
	private static final RGB TEXT = new RGB(50, 60, 75);

	public ConnectionFigure(Object element, Figure source, Figure target) {
		super(element);
		this.source = source;
		this.target = target;
	}

	public Figure source() {
		return source;
	}

	public Figure target() {
		return target;
	}

	/** Sets the ends; the scene re-routes. Call through {@link Scene#setEnds}. */
	void setEndsInternal(Figure newSource, Figure newTarget) {
		this.source = newSource;
		this.target = newTarget;
	}

	public List<double[]> bendPoints() {
		return bendPoints;
	}

	void setBendPointsInternal(List<double[]> bends) {
		this.bendPoints = List.copyOf(bends);
	}

	public void setLook(String label, Style style, RGB color, int width) {
		if (java.util.Objects.equals(label, this.label) && style == this.style && java.util.Objects.equals(color, this.color)
				&& width == this.width) {
			return;
		}
		this.label = label;
		this.style = style;
		this.color = color;
		this.width = width;
		repaint();
	}

	public String label() {
		return label;
	}

	public Style style() {
		return style;
	}

	/** The route: x0, y0, ..., xn, yn, from the source's outline through the bend points to the target's. */
	public double[] points() {
		return points;
	}

	/** Recomputes the route from the ends' bounds; returns the new bounds. */
	Rect route() {
		Rect s = source.bounds();
		Rect t = target.bounds();
		List<double[]> all = new ArrayList<>();
		double[] first = bendPoints.isEmpty() ? new double[] { t.centerX(), t.centerY() } : bendPoints.get(0);
		double[] last = bendPoints.isEmpty() ? new double[] { s.centerX(), s.centerY() } : bendPoints.get(bendPoints.size() - 1);
		all.add(Geometry.anchor(s, first[0], first[1]));
		all.addAll(bendPoints);
		all.add(Geometry.anchor(t, last[0], last[1]));
		points = Geometry.flatten(all);
		pixels = new int[points.length];
		for (int i = 0; i < points.length; i++) {
			pixels[i] = (int) Math.round(points[i]);
		}
		bounds = Geometry.bounds(points);
		return bounds;
	}

	@Override
	protected int layer() {
		return LAYER_CONNECTION;
	}

	@Override
	public boolean movable() {
		return false;
	}

	@Override
	public boolean hit(double x, double y, double tolerance) {
		return Geometry.distanceToPolyline(x, y, points) <= tolerance + width / 2.0;
	}

	@Override
	public Rect damageBounds() {
		return bounds.expand(24 + width);
	}

	@Override
	public boolean addTo(Batch batch) {
		batch.polyline(highlight() != null ? highlight() : color, highlight() != null ? width + 3 : width, points);
		return true;
	}

	@Override
	public void paint(GC gc, PaintContext context) {
		if (points.length < 4) {
			return;
		}
		int[] ints = pixels;
		RGB drawn = highlight() != null ? highlight() : color;
		gc.setForeground(context.color(drawn));
		gc.setLineWidth(highlight() != null ? width + 3 : width);
		gc.setLineStyle(switch (style) {
		case SOLID -> SWT.LINE_SOLID;
		case DASHED -> SWT.LINE_DASH;
		case DOTTED -> SWT.LINE_DOT;
		case TUNNEL -> SWT.LINE_DASHDOT;
		});
		gc.drawPolyline(ints);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		if (context.detailed() && label != null && !label.isEmpty()) {
			double[] mid = Geometry.midpoint(points);
			gc.setFont(context.smallFont());
			labelFit.fit(gc, context.smallFont(), label, Integer.MAX_VALUE);
			int ex = labelFit.width(), ey = labelFit.height();
			int lx = (int) Math.round(mid[0]) - ex / 2;
			int ly = (int) Math.round(mid[1]) - ey / 2;
			gc.setBackground(context.color(WHITE));
			gc.fillRoundRectangle(lx - 4, ly - 1, ex + 8, ey + 2, 6, 6);
			gc.setForeground(context.color(drawn));
			gc.drawRoundRectangle(lx - 4, ly - 1, ex + 8, ey + 2, 6, 6);
			gc.setForeground(context.color(TEXT));
			gc.drawText(label, lx, ly, SWT.DRAW_TRANSPARENT);
		}
		if (badge() != null) {
			double[] mid = Geometry.midpoint(points);
			paintBadgeAt(gc, context, mid[0] + 12, mid[1] - 12);
		}
	}
}
