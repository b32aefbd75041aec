package io.sekisho.netmap.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * A uniform grid over the plane: each item is listed in every cell its bounds touch, so the items near a point or
 * inside a damaged rectangle are found without looking at the whole scene. Cells are created on demand (a hash of
 * cell coordinates), so the plane is unbounded and negative coordinates work.
 */
public final class GridIndex<T> {

	private final double cellSize;
	private final Map<Long, List<T>> cells = new HashMap<>();
	private final Map<T, Rect> boundsOf = new HashMap<>();

	public GridIndex(double cellSize) {
		if (cellSize <= 0) {
			throw new IllegalArgumentException("cellSize"); //$NON-NLS-1$
		}
		this.cellSize = cellSize;
	}

	public int size() {
		return boundsOf.size();
	}

	public Rect boundsOf(T item) {
		return boundsOf.get(item);
	}

	/** Adds {@code item} with {@code bounds}, or moves it there when it is already indexed. */
	public void put(T item, Rect bounds) {
		Rect old = boundsOf.get(item);
		if (old != null) {
			if (old.equals(bounds)) {
				return;
			}
			remove(item);
		}
		boundsOf.put(item, bounds);
		forEachCell(bounds, false, key -> cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(item));
	}

	public boolean remove(T item) {
		Rect old = boundsOf.remove(item);
		if (old == null) {
			return false;
		}
		forEachCell(old, true, key -> {
			List<T> list = cells.get(key);
			if (list != null) {
				list.remove(item);
				if (list.isEmpty()) {
					cells.remove(key);
				}
			}
		});
		return true;
	}

	public void clear() {
		cells.clear();
		boundsOf.clear();
	}

	/** The items whose bounds intersect {@code area}, each once, in no particular order. */
	public Set<T> query(Rect area) {
		Set<T> result = new LinkedHashSet<>();
		forEachCell(area, true, key -> {
			List<T> list = cells.get(key);
			if (list != null) {
				for (T item : list) {
					if (!result.contains(item) && boundsOf.get(item).intersects(area)) {
						result.add(item);
					}
				}
			}
		});
		return result;
	}

	/** The items whose bounds contain the point. */
	public List<T> at(double x, double y) {
		List<T> list = cells.get(key(cell(x), cell(y)));
		List<T> result = new ArrayList<>();
		if (list != null) {
			for (T item : list) {
				if (boundsOf.get(item).contains(x, y)) {
					result.add(item);
				}
			}
		}
		return result;
	}

	private long cell(double coordinate) {
		return (long) Math.floor(coordinate / cellSize);
	}

	private static long key(long cx, long cy) {
		return (cx << 32) ^ (cy & 0xffffffffL);
	}

	/**
	 * Runs {@code action} for the key of every cell {@code bounds} touches. With {@code existingOnly} (queries and
	 * removal) a rectangle larger than the occupied part of the grid walks the occupied cells instead of the empty ones.
	 */
	private void forEachCell(Rect bounds, boolean existingOnly, LongConsumer action) {
		long x0 = cell(bounds.x());
		long x1 = cell(bounds.right());
		long y0 = cell(bounds.y());
		long y1 = cell(bounds.bottom());
		if (existingOnly && (x1 - x0 + 1) * (y1 - y0 + 1) > cells.size()) {
			for (Long key : new ArrayList<>(cells.keySet())) {
				long cx = key >> 32;
				long cy = (int) (key & 0xffffffffL);
				if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) {
					action.accept(key);
				}
			}
			return;
		}
		for (long cx = x0; cx <= x1; cx++) {
			for (long cy = y0; cy <= y1; cy++) {
				action.accept(key(cx, cy));
			}
		}
	}
}
