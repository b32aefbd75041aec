package io.sekisho.netmap.ui.canvas;

/**
 * The eight resize handles of a selected figure (0 north-west, then clockwise: N, NE, E, SE, S, SW, W) and what
 * dragging one does to the bounds. No SWT.
 */
public final class Handles {

	public static final int COUNT = 8;
	public static final double MIN_WIDTH = 40;
	public static final double MIN_HEIGHT = 30;

	private Handles() {
	}

	/** The centre of handle {@code index} on {@code r}. */
	public static double[] center(Rect r, int index) {
		double[] xs = { r.x(), r.centerX(), r.right(), r.right(), r.right(), r.centerX(), r.x(), r.x() };
		double[] ys = { r.y(), r.y(), r.y(), r.centerY(), r.bottom(), r.bottom(), r.bottom(), r.centerY() };
		return new double[] { xs[index], ys[index] };
	}

	/** The handle within {@code radius} of (x, y), or -1. */
	public static int at(Rect r, double x, double y, double radius) {
		for (int i = 0; i < COUNT; i++) {
			double[] c = center(r, i);
			if (Math.abs(c[0] - x) <= radius && Math.abs(c[1] - y) <= radius) {
				return i;
			}
		}
		return -1;
	}

	/** {@code r} with handle {@code index} dragged by (dx, dy), never smaller than the minimum size. */
	public static Rect resize(Rect r, int index, double dx, double dy) {
		double left = r.x(), top = r.y(), right = r.right(), bottom = r.bottom();
		boolean west = index == 0 || index == 6 || index == 7;
		boolean east = index == 2 || index == 3 || index == 4;
		boolean north = index == 0 || index == 1 || index == 2;
		boolean south = index == 4 || index == 5 || index == 6;
		if (west) {
			left = Math.min(left + dx, right - MIN_WIDTH);
		}
		if (east) {
			right = Math.max(right + dx, left + MIN_WIDTH);
		}
		if (north) {
			top = Math.min(top + dy, bottom - MIN_HEIGHT);
		}
		if (south) {
			bottom = Math.max(bottom + dy, top + MIN_HEIGHT);
		}
		return new Rect(left, top, right - left, bottom - top);
	}
}
