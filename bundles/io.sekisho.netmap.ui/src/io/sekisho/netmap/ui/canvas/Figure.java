package io.sekisho.netmap.ui.canvas;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;

/**
 * One thing on the canvas. A figure holds only what it needs to be drawn; what it stands for is the opaque
 * {@link #element()} the owner of the canvas gave it. Bounds are in model coordinates. Changes go through the
 * {@link Scene} so it can keep its index and report the damaged area.
 */
public abstract class Figure {

	/** Paint layers, bottom to top. */
	protected static final int LAYER_CONTAINER = 0;
	protected static final int LAYER_CONNECTION = 1;
	protected static final int LAYER_NODE = 2;

	private final Object element;
	Rect bounds = Rect.EMPTY;
	Scene scene;
	ContainerFigure parent;
	long order;
	private String tooltip;
	private Badge badge;
	private RGB highlight;
	private final TextFit badgeFit = new TextFit();
	private static final RGB BADGE_ERROR = new RGB(211, 47, 47);
	private static final RGB BADGE_WARNING = new RGB(245, 166, 35);
	private static final RGB BADGE_INFO = new RGB(33, 118, 210);
	private static final RGB WHITE = new RGB(255, 255, 255);

	protected Figure(Object element) {
		this.element = element;
	}

	public Object element() {
		return element;
	}

	public Rect bounds() {
		return bounds;
	}

	public ContainerFigure parent() {
		return parent;
	}

	public String tooltip() {
		return tooltip;
	}

	public void setTooltip(String tooltip) {
		this.tooltip = tooltip;
	}

	public Badge badge() {
		return badge;
	}

	/** Sets or clears ({@code null}) the badge and repaints. */
	public void setBadge(Badge badge) {
		if (java.util.Objects.equals(badge, this.badge)) {
			return;
		}
		this.badge = badge;
		repaint();
	}

	public RGB highlight() {
		return highlight;
	}

	/** Draws the figure emphasised in {@code color} (a path a rule names), {@code null} for normal. */
	public void setHighlight(RGB color) {
		if (java.util.Objects.equals(color, this.highlight)) {
			return;
		}
		this.highlight = color;
		repaint();
	}

	/** Asks the scene to repaint this figure. */
	public void repaint() {
		if (scene != null) {
			scene.damage(damageBounds());
		}
	}

	/** The area painting this figure touches (badges and highlights reach outside the bounds). */
	public Rect damageBounds() {
		return bounds.expand(12);
	}

	/** Nesting depth: 0 at the top level. */
	public int depth() {
		int depth = 0;
		for (ContainerFigure p = parent; p != null; p = p.parent) {
			depth++;
		}
		return depth;
	}

	/** Whether {@code other} is this figure or contained in it at any depth. */
	public boolean containsFigure(Figure other) {
		for (Figure f = other; f != null; f = f.parent) {
			if (f == this) {
				return true;
			}
		}
		return false;
	}

	protected abstract int layer();

	/** Whether (x, y) is on this figure; {@code tolerance} is a few pixels in model units. */
	public boolean hit(double x, double y, double tolerance) {
		return bounds.contains(x, y);
	}

	public boolean movable() {
		return true;
	}

	public boolean resizable() {
		return false;
	}

	/** Whether connections may start or end here. */
	public boolean connectable() {
		return false;
	}

	/**
	 * Below the detail zoom, paints what must stay readable (a zone's name) in screen coordinates, after the
	 * figures; {@code screen} is the figure's bounds on screen. Nothing by default.
	 */
	public void paintScreenLabel(GC gc, Rect screen, PaintContext context) {
	}

	/**
	 * Below the detail zoom: adds the figure's simple shape to {@code batch} instead of painting it; returns
	 * false when the figure paints itself even then (containers).
	 */
	public boolean addTo(Batch batch) {
		return false;
	}

	/** Paints the figure in model coordinates (the canvas has set the zoom and pan transform). */
	public abstract void paint(GC gc, PaintContext context);

	/** The fill of a badge of {@code severity}. */
	protected static RGB badgeColor(Badge.Severity severity) {
		return switch (severity) {
		case ERROR -> BADGE_ERROR;
		case WARNING -> BADGE_WARNING;
		case INFO -> BADGE_INFO;
		};
	}

	protected void paintBadge(GC gc, PaintContext context) {
		paintBadgeAt(gc, context, bounds.right(), bounds.y());
	}

	/** Paints the badge centred a little inside the corner point (cornerX, cornerY). */
	protected void paintBadgeAt(GC gc, PaintContext context, double cornerX, double cornerY) {
		if (badge == null) {
			return;
		}
		RGB fill = badgeColor(badge.severity());
		int size = 18;
		int bx = (int) Math.round(cornerX) - size / 2 - 2;
		int by = (int) Math.round(cornerY) - size / 2 + 2;
		gc.setBackground(context.color(fill));
		gc.fillOval(bx, by, size, size);
		gc.setForeground(context.color(WHITE));
		gc.setLineWidth(2);
		gc.drawOval(bx, by, size, size);
		if (context.detailed() && badge.text() != null) {
			gc.setFont(context.boldFont());
			badgeFit.fit(gc, context.boldFont(), badge.text(), Integer.MAX_VALUE);
			gc.drawText(badge.text(), bx + (size - badgeFit.width()) / 2 + 1, by + (size - badgeFit.height()) / 2 + 1, true);
		}
		gc.setLineWidth(1);
	}
}
