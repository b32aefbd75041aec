package io.sekisho.netmap.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The figures of a canvas, their containment, a spatial index over their bounds and the damage they cause. A
 * change of bounds re-indexes the figure, re-routes its connections and reports the old and new area as damaged,
 * so the canvas repaints only those.
 */
public final class Scene {

	/** Paint order: containers (outer first), then connections, then nodes; ties by insertion. */
	public static final Comparator<Figure> PAINT_ORDER = Comparator.comparingInt(Figure::layer)
			.thenComparingInt(Figure::depth).thenComparingLong(f -> f.order);

	private final GridIndex<Figure> index = new GridIndex<>(256);
	private final Map<Object, Figure> byElement = new LinkedHashMap<>();
	private final Map<Figure, List<ConnectionFigure>> connectionsAt = new HashMap<>();
	private final List<Consumer<Rect>> damageListeners = new CopyOnWriteArrayList<>();
	private long nextOrder;

	public void addDamageListener(Consumer<Rect> listener) {
		damageListeners.add(listener);
	}

	public void removeDamageListener(Consumer<Rect> listener) {
		damageListeners.remove(listener);
	}

	void damage(Rect area) {
		for (Consumer<Rect> listener : damageListeners) {
			listener.accept(area);
		}
	}

	public int size() {
		return byElement.size();
	}

	public List<Figure> figures() {
		return new ArrayList<>(byElement.values());
	}

	/** The figure of {@code element}, or {@code null}. */
	public Figure figureOf(Object element) {
		return byElement.get(element);
	}

	/** Adds a node or container at {@code bounds}, inside {@code parent} (or at the top level for {@code null}). */
	public <F extends Figure> F add(F figure, Rect bounds, ContainerFigure parent) {
		if (figure instanceof ConnectionFigure) {
			throw new IllegalArgumentException("use connect()"); //$NON-NLS-1$
		}
		register(figure);
		figure.bounds = bounds;
		setParentInternal(figure, parent);
		index.put(figure, bounds);
		damage(figure.damageBounds());
		return figure;
	}

	/** Adds a connection between two figures already in the scene. */
	public ConnectionFigure connect(ConnectionFigure connection, List<double[]> bendPoints) {
		register(connection);
		connection.setBendPointsInternal(bendPoints);
		connectionsAt.computeIfAbsent(connection.source(), k -> new ArrayList<>()).add(connection);
		connectionsAt.computeIfAbsent(connection.target(), k -> new ArrayList<>()).add(connection);
		index.put(connection, connection.route());
		damage(connection.damageBounds());
		return connection;
	}

	private void register(Figure figure) {
		if (figure.scene != null) {
			throw new IllegalStateException("figure already in a scene"); //$NON-NLS-1$
		}
		Figure previous = byElement.put(figure.element(), figure);
		if (previous != null) {
			byElement.put(figure.element(), previous);
			throw new IllegalArgumentException("element already has a figure"); //$NON-NLS-1$
		}
		figure.scene = this;
		figure.order = nextOrder++;
	}

	/** Removes a figure with its connections (and, for a container, its children). */
	public void remove(Figure figure) {
		if (figure.scene != this) {
			return;
		}
		if (figure instanceof ContainerFigure container) {
			for (Figure child : new ArrayList<>(container.children())) {
				remove(child);
			}
		}
		for (ConnectionFigure connection : new ArrayList<>(connectionsAt.getOrDefault(figure, List.of()))) {
			remove(connection);
		}
		if (figure instanceof ConnectionFigure connection) {
			detach(connection);
		}
		damage(figure.damageBounds());
		setParentInternal(figure, null);
		index.remove(figure);
		byElement.remove(figure.element());
		connectionsAt.remove(figure);
		figure.scene = null;
	}

	private void detach(ConnectionFigure connection) {
		for (Figure end : List.of(connection.source(), connection.target())) {
			List<ConnectionFigure> list = connectionsAt.get(end);
			if (list != null) {
				list.remove(connection);
				if (list.isEmpty()) {
					connectionsAt.remove(end);
				}
			}
		}
	}

	public void clear() {
		Rect all = extent();
		index.clear();
		byElement.values().forEach(f -> {
			f.scene = null;
			f.parent = null;
		});
		byElement.clear();
		connectionsAt.clear();
		if (all != null) {
			damage(all.expand(40));
		}
	}

	/** Moves or resizes a node or container; its connections follow. */
	public void setBounds(Figure figure, Rect bounds) {
		if (figure instanceof ConnectionFigure || figure.bounds.equals(bounds)) {
			return;
		}
		damage(figure.damageBounds());
		figure.bounds = bounds;
		index.put(figure, bounds);
		damage(figure.damageBounds());
		for (ConnectionFigure connection : connectionsAt.getOrDefault(figure, List.of())) {
			reroute(connection);
		}
	}

	/** Sets the bend points of a connection. */
	public void setBendPoints(ConnectionFigure connection, List<double[]> bendPoints) {
		connection.setBendPointsInternal(bendPoints);
		reroute(connection);
	}

	/** Gives a connection new ends. */
	public void setEnds(ConnectionFigure connection, Figure source, Figure target) {
		detach(connection);
		connection.setEndsInternal(source, target);
		connectionsAt.computeIfAbsent(source, k -> new ArrayList<>()).add(connection);
		connectionsAt.computeIfAbsent(target, k -> new ArrayList<>()).add(connection);
		reroute(connection);
	}

	private void reroute(ConnectionFigure connection) {
		damage(connection.damageBounds());
		index.put(connection, connection.route());
		damage(connection.damageBounds());
	}

	/** Moves a figure into another container ({@code null}: top level). Bounds stay. */
	public void setParent(Figure figure, ContainerFigure parent) {
		setParentInternal(figure, parent);
		damage(figure.damageBounds());
	}

	private static void setParentInternal(Figure figure, ContainerFigure parent) {
		if (figure.parent != null) {
			figure.parent.removeChild(figure);
		}
		figure.parent = parent;
		if (parent != null) {
			parent.addChild(figure);
		}
	}

	public List<ConnectionFigure> connectionsOf(Figure figure) {
		return List.copyOf(connectionsAt.getOrDefault(figure, List.of()));
	}

	/** The figures whose bounds meet {@code area}, in paint order. */
	public List<Figure> inArea(Rect area) {
		List<Figure> result = new ArrayList<>(index.query(area));
		result.sort(PAINT_ORDER);
		return result;
	}

	/** The topmost figure at (x, y) within {@code tolerance} (model units), or {@code null}. */
	public Figure hit(double x, double y, double tolerance) {
		Figure best = null;
		for (Figure figure : index.query(new Rect(x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance))) {
			if (figure.hit(x, y, tolerance) && (best == null || PAINT_ORDER.compare(figure, best) > 0)) {
				best = figure;
			}
		}
		return best;
	}

	/** The innermost container at (x, y) that is not in {@code excluded} (or inside one of them). */
	public ContainerFigure containerAt(double x, double y, List<? extends Figure> excluded) {
		ContainerFigure best = null;
		for (Figure figure : index.at(x, y)) {
			if (figure instanceof ContainerFigure container
					&& excluded.stream().noneMatch(e -> e.containsFigure(container))
					&& (best == null || container.depth() > best.depth())) {
				best = container;
			}
		}
		return best;
	}

	/** The union of all bounds, or {@code null} for an empty scene. */
	public Rect extent() {
		Rect result = null;
		for (Figure figure : byElement.values()) {
			result = result == null ? figure.bounds : result.union(figure.bounds);
		}
		return result;
	}
}
