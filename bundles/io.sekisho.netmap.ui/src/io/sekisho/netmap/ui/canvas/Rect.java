package io.sekisho.netmap.ui.canvas;

/** An axis-aligned rectangle in model (diagram) coordinates; immutable, no SWT. */
public record Rect(double x, double y, double width, double height) {

	public static final Rect EMPTY = new Rect(0, 0, 0, 0);

	public Rect {
		if (width < 0) {
			x += width;
			width = -width;
		}
		if (height < 0) {
			y += height;
			height = -height;
		}
	}

	/** The rectangle spanned by two corner points in any order. */
	public static Rect spanning(double x1, double y1, double x2, double y2) {
		return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
	}

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	public double centerX() {
		return x + width / 2;
	}

	public double centerY() {
		return y + height / 2;
	}

	public boolean isEmpty() {
		return width <= 0 && height <= 0;
	}

	public boolean contains(double px, double py) {
		return px >= x && py >= y && px <= right() && py <= bottom();
	}

	public boolean contains(Rect other) {
		return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
	}

	public boolean intersects(Rect other) {
		return other.x <= right() && other.right() >= x && other.y <= bottom() && other.bottom() >= y;
	}

	public Rect union(Rect other) {
		if (other == null) {
			return this;
		}
		double nx = Math.min(x, other.x);
		double ny = Math.min(y, other.y);
		return new Rect(nx, ny, Math.max(right(), other.right()) - nx, Math.max(bottom(), other.bottom()) - ny);
	}

	public Rect expand(double by) {
		return new Rect(x - by, y - by, width + 2 * by, height + 2 * by);
	}

	public Rect translate(double dx, double dy) {
		return new Rect(x + dx, y + dy, width, height);
	}

	/** The union of all rectangles, or {@code null} for none. */
	public static Rect unionOf(Iterable<Rect> rects) {
		Rect result = null;
		for (Rect r : rects) {
			result = result == null ? r : result.union(r);
		}
		return result;
	}
}
