package io.sekisho.netmap.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Aligning and distributing rectangles, as the align commands of a drawing tool do. No SWT. */
public final class Alignment {

	/** Which edge or centre line the rectangles share after aligning. */
	public enum Mode {
		LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM, DISTRIBUTE_HORIZONTALLY, DISTRIBUTE_VERTICALLY
	}

	private Alignment() {
	}

	/**
	 * The new rectangles, in the order given. Aligning takes the first rectangle as the reference (the first
	 * selected); distributing keeps the outermost two and spaces the others evenly by their centres.
	 */
	public static List<Rect> align(List<Rect> rects, Mode mode) {
		if (rects.size() < 2) {
			return List.copyOf(rects);
		}
		Rect ref = rects.get(0);
		List<Rect> result = new ArrayList<>();
		switch (mode) {
		case DISTRIBUTE_HORIZONTALLY, DISTRIBUTE_VERTICALLY -> {
			return distribute(rects, mode == Mode.DISTRIBUTE_HORIZONTALLY);
		}
		default -> {
			for (Rect r : rects) {
				result.add(switch (mode) {
				case LEFT -> new Rect(ref.x(), r.y(), r.width(), r.height());
				case CENTER -> new Rect(ref.centerX() - r.width() / 2, r.y(), r.width(), r.height());
				case RIGHT -> new Rect(ref.right() - r.width(), r.y(), r.width(), r.height());
				case TOP -> new Rect(r.x(), ref.y(), r.width(), r.height());
				case MIDDLE -> new Rect(r.x(), ref.centerY() - r.height() / 2, r.width(), r.height());
				case BOTTOM -> new Rect(r.x(), ref.bottom() - r.height(), r.width(), r.height());
				default -> r;
				});
			}
		}
		}
		return result;
	}

	private static List<Rect> distribute(List<Rect> rects, boolean horizontal) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < rects.size(); i++) {
			order.add(i);
		}
		Comparator<Integer> byCentre = Comparator.comparingDouble(i -> horizontal ? rects.get(i).centerX() : rects.get(i).centerY());
		order.sort(byCentre);
		double first = horizontal ? rects.get(order.get(0)).centerX() : rects.get(order.get(0)).centerY();
		double last = horizontal ? rects.get(order.get(order.size() - 1)).centerX() : rects.get(order.get(order.size() - 1)).centerY();
		double step = (last - first) / (rects.size() - 1);
		Rect[] result = rects.toArray(new Rect[0]);
		for (int rank = 0; rank < order.size(); rank++) {
			int i = order.get(rank);
			Rect r = rects.get(i);
			double centre = first + rank * step;
			result[i] = horizontal ? new Rect(centre - r.width() / 2, r.y(), r.width(), r.height())
					: new Rect(r.x(), centre - r.height() / 2, r.width(), r.height());
		}
		return List.of(result);
	}
}
