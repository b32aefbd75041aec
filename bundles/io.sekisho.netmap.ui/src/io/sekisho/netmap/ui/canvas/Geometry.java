package io.sekisho.netmap.ui.canvas;

import java.util.List;

/** Small geometry helpers of the canvas: distances, anchors on a figure's outline, polylines. No SWT. */
public final class Geometry {

	private Geometry() {
	}

	/** The distance of point (px, py) to the segment (x1, y1)-(x2, y2). */
	public static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
		double dx = x2 - x1;
		double dy = y2 - y1;
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : ((px - x1) * dx + (py - y1) * dy) / lengthSquared;
		t = Math.max(0, Math.min(1, t));
		double cx = x1 + t * dx;
		double cy = y1 + t * dy;
		return Math.hypot(px - cx, py - cy);
	}

	/** The distance of a point to a polyline given as x0, y0, x1, y1, ...; infinite for fewer than two points. */
	public static double distanceToPolyline(double px, double py, double[] points) {
		double best = Double.POSITIVE_INFINITY;
		for (int i = 0; i + 3 < points.length; i += 2) {
			best = Math.min(best, distanceToSegment(px, py, points[i], points[i + 1], points[i + 2], points[i + 3]));
		}
		return best;
	}

	/**
	 * Where the line from the centre of {@code box} towards (tx, ty) leaves the box: connections end on a
	 * figure's outline, not in its middle.
	 */
	public static double[] anchor(Rect box, double tx, double ty) {
		double cx = box.centerX();
		double cy = box.centerY();
		double dx = tx - cx;
		double dy = ty - cy;
		if (dx == 0 && dy == 0) {
			return new double[] { cx, cy };
		}
		double halfW = box.width() / 2;
		double halfH = box.height() / 2;
		double scale = Math.min(dx == 0 ? Double.POSITIVE_INFINITY : halfW / Math.abs(dx),
				dy == 0 ? Double.POSITIVE_INFINITY : halfH / Math.abs(dy));
		return new double[] { cx + dx * scale, cy + dy * scale };
	}

	/** The bounding box of a polyline x0, y0, x1, y1, ... */
	public static Rect bounds(double[] points) {
		double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
		for (int i = 0; i + 1 < points.length; i += 2) {
			minX = Math.min(minX, points[i]);
			maxX = Math.max(maxX, points[i]);
			minY = Math.min(minY, points[i + 1]);
			maxY = Math.max(maxY, points[i + 1]);
		}
		return minX > maxX ? Rect.EMPTY : new Rect(minX, minY, maxX - minX, maxY - minY);
	}

	/** The middle of a polyline measured along its length (where a connection's label goes). */
	public static double[] midpoint(double[] points) {
		double total = 0;
		for (int i = 0; i + 3 < points.length; i += 2) {
			total += Math.hypot(points[i + 2] - points[i], points[i + 3] - points[i + 1]);
		}
		double half = total / 2;
		for (int i = 0; i + 3 < points.length; i += 2) {
			double segment = Math.hypot(points[i + 2] - points[i], points[i + 3] - points[i + 1]);
			if (half <= segment && segment > 0) {
				double t = half / segment;
				return new double[] { points[i] + t * (points[i + 2] - points[i]), points[i + 1] + t * (points[i + 3] - points[i + 1]) };
			}
			half -= segment;
		}
		return points.length >= 2 ? new double[] { points[0], points[1] } : new double[] { 0, 0 };
	}

	/** Flattens a list of points (each {x, y}) into x0, y0, x1, y1, ... */
	public static double[] flatten(List<double[]> points) {
		double[] result = new double[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			result[2 * i] = points.get(i)[0];
			result[2 * i + 1] = points.get(i)[1];
		}
		return result;
	}

	/** Rounds to the nearest multiple of {@code grid} (grid <= 0: unchanged). */
	public static double snap(double value, double grid) {
		return grid <= 0 ? value : Math.round(value / grid) * grid;
	}
}
