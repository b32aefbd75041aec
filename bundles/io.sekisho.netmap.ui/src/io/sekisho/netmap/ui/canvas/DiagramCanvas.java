package io.sekisho.netmap.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * An SWT canvas that shows a {@link Scene}: zoom, pan and fit; selection by click, Shift/Ctrl-click and rubber
 * band; dragging to move, resize, connect and reconnect; a selected line's bend points (drag one to move it, drag
 * the handle in the middle of a segment to add one, double-click one to remove it); and the keyboard for all of it
 * (arrows move, Alt+arrows resize, Tab cycles, Delete, +/- zoom, 0 fit, Enter opens, Escape cancels; on a selected
 * line B or Insert adds a bend point, Page Up/Down picks one, arrows move it, Delete removes it). It repaints only the damaged
 * regions the scene reports. Every change the user asks for goes to the {@link CanvasListener}s as a request.
 */
public class DiagramCanvas extends Canvas {

	private static final RGB BACKGROUND = new RGB(250, 251, 253);
	private static final RGB GRID = new RGB(236, 239, 244);
	private static final RGB SELECTION = new RGB(25, 118, 210);
	private static final RGB WHITE = new RGB(255, 255, 255);
	private static final int HANDLE = 4;
	private static final int DRAG_THRESHOLD = 4;
	private static final int CONNECT_HANDLE_OFFSET = 14;

	private enum Gesture {
		NONE, PRESSED, MOVE, RESIZE, RUBBER, CONNECT, RECONNECT, PAN, BEND
	}

	private final Scene scene;
	private final Viewport viewport = new Viewport();
	private final PaintContext context;
	private final List<CanvasListener> listeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> viewportListeners = new CopyOnWriteArrayList<>();
	private final LinkedHashSet<Figure> selection = new LinkedHashSet<>();
	private final Consumer<Rect> damageListener = this::damaged;
	private double grid = 10;
	private Object armedTool;
	private Gesture gesture = Gesture.NONE;
	private int pressX, pressY, currentX, currentY;
	private int pressMask;
	private Figure pressed;
	private int handle = -1;
	private boolean reconnectSource;
	/** The bend point a drag moves (an index into the connection's bend points), and whether the drag inserted it. */
	private int bendIndex = -1;
	private boolean bendInserted;
	/** The bend point of the single selected connection the keyboard works on, -1 for none. */
	private int activeBend = -1;
	private Rect lastFeedback;
	private long lastPaintNanos;

	public DiagramCanvas(Composite parent, Scene scene) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.BORDER);
		this.scene = scene;
		this.context = new PaintContext(getDisplay(), getFont());
		scene.addDamageListener(damageListener);
		addListener(SWT.Paint, e -> paint(e.gc, e.x, e.y, e.width, e.height));
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		addListener(SWT.MouseDoubleClick, this::doubleClick);
		addListener(SWT.MouseWheel, this::wheel);
		addListener(SWT.MouseHorizontalWheel, this::wheel);
		addListener(SWT.KeyDown, this::keyDown);
		addListener(SWT.Traverse, this::traverse);
		addListener(SWT.FocusIn, e -> repaintSelection());
		addListener(SWT.FocusOut, e -> repaintSelection());
		addListener(SWT.Dispose, e -> {
			scene.removeDamageListener(damageListener);
			context.dispose();
		});
		getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				Figure primary = primary();
				e.result = primary == null ? null : primary.tooltip();
			}
		});
	}

	// ---- API ----

	public Scene scene() {
		return scene;
	}

	public Viewport viewport() {
		return viewport;
	}

	public void addCanvasListener(CanvasListener listener) {
		listeners.add(listener);
	}

	public void removeCanvasListener(CanvasListener listener) {
		listeners.remove(listener);
	}

	/** Runs {@code listener} whenever zoom or pan change (the minimap follows). */
	public void addViewportListener(Runnable listener) {
		viewportListeners.add(listener);
	}

	public void removeViewportListener(Runnable listener) {
		viewportListeners.remove(listener);
	}

	/** The grid moves snap to (model units); 0 for none. */
	public void setGrid(double grid) {
		this.grid = grid;
	}

	/** The selected figures, the first selected first. */
	public List<Figure> selection() {
		return new ArrayList<>(selection);
	}

	/** The last selected figure, or {@code null}. */
	public Figure primary() {
		Figure last = null;
		for (Figure f : selection) {
			last = f;
		}
		return last;
	}

	/** Selects exactly {@code figures} (those still in the scene) and tells the listeners. */
	public void select(Collection<? extends Figure> figures) {
		List<Figure> wanted = figures.stream().filter(f -> f != null && f.scene == scene).map(Figure.class::cast).toList();
		if (new ArrayList<>(selection).equals(wanted)) {
			return;
		}
		repaintSelection();
		selection.clear();
		selection.addAll(wanted);
		activeBend = -1;
		repaintSelection();
		fireSelection();
	}

	/** Drops figures no longer in the scene from the selection (after the model changed). */
	public void pruneSelection() {
		if (selection.removeIf(f -> f.scene != scene)) {
			fireSelection();
		}
	}

	/** Arms a creation tool: the next click on the canvas asks to create it there. {@code null} disarms. */
	public void armTool(Object tool) {
		armedTool = tool;
		setCursor(tool == null ? null : getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
	}

	public Object armedTool() {
		return armedTool;
	}

	public void zoomBy(double factor) {
		Point size = getSize();
		viewport.zoomAt(viewport.zoom() * factor, size.x / 2.0, size.y / 2.0);
		viewportChanged();
	}

	public void setZoom(double zoom) {
		zoomBy(zoom / viewport.zoom());
	}

	/** Shows the whole scene. */
	public void fit() {
		Point size = getSize();
		viewport.fit(scene.extent(), size.x, size.y, 24);
		viewportChanged();
	}

	/** Scrolls {@code figure} into view when it is not fully visible. */
	public void reveal(Figure figure) {
		Point size = getSize();
		Rect visible = viewport.toModel(new Rect(0, 0, size.x, size.y));
		if (!visible.contains(figure.bounds())) {
			viewport.centerOn(figure.bounds().centerX(), figure.bounds().centerY(), size.x, size.y);
			viewportChanged();
		}
	}

	/** Centres the view on the model point (x, y). */
	public void centerOn(double x, double y) {
		Point size = getSize();
		viewport.centerOn(x, y, size.x, size.y);
		viewportChanged();
	}

	/** The visible part of the model. */
	public Rect visibleModelArea() {
		Point size = getSize();
		return viewport.toModel(new Rect(0, 0, size.x, size.y));
	}

	/** The bend point of the selected connection the keyboard moves and removes, or -1. */
	public int activeBendPoint() {
		ConnectionFigure connection = singleConnection();
		return connection == null || activeBend >= connection.bendPoints().size() ? -1 : activeBend;
	}

	/** Makes bend point {@code index} of the single selected connection the one the keyboard works on (-1: none). */
	public void setActiveBendPoint(int index) {
		ConnectionFigure connection = singleConnection();
		activeBend = connection == null || index < 0 || index >= connection.bendPoints().size() ? -1 : index;
		repaintSelection();
	}

	/** Adds a bend point in the middle of the longest segment of the single selected line (as B does). */
	public void addBendPoint() {
		ConnectionFigure connection = singleConnection();
		if (connection != null) {
			addBendByKeyboard(connection);
		}
	}

	/** Removes the bend point the keyboard works on (as Delete does then). */
	public void removeActiveBendPoint() {
		int active = activeBendPoint();
		if (active >= 0) {
			removeBend(singleConnection(), active);
		}
	}

	private ConnectionFigure singleConnection() {
		return selection.size() == 1 && primary() instanceof ConnectionFigure connection ? connection : null;
	}

	/** Nanoseconds the last paint of the canvas took (whatever area it painted). */
	public long lastPaintNanos() {
		return lastPaintNanos;
	}

	/** The model point in the middle of the canvas (where keyboard creation puts things). */
	public double[] centerModelPoint() {
		Point size = getSize();
		return new double[] { viewport.toModelX(size.x / 2.0), viewport.toModelY(size.y / 2.0) };
	}

	// ---- painting ----

	private void damaged(Rect modelArea) {
		if (isDisposed()) {
			return;
		}
		Rect screen = viewport.toScreen(modelArea).expand(HANDLE + CONNECT_HANDLE_OFFSET + 4);
		Point size = getSize();
		if (screen.right() < 0 || screen.bottom() < 0 || screen.x() > size.x || screen.y() > size.y) {
			return;
		}
		redraw((int) Math.floor(screen.x()), (int) Math.floor(screen.y()), (int) Math.ceil(screen.width()) + 1,
				(int) Math.ceil(screen.height()) + 1, false);
	}

	private void viewportChanged() {
		redraw();
		for (Runnable listener : viewportListeners) {
			listener.run();
		}
	}

	/** Paints the screen area (x, y, width, height) of the canvas into {@code gc}: background, figures, selection. */
	public void paint(GC gc, int x, int y, int width, int height) {
		long start = System.nanoTime();
		paintFigures(gc, viewport, x, y, width, height, true);
		paintSelection(gc);
		paintFeedback(gc);
		lastPaintNanos = System.nanoTime() - start;
	}

	/**
	 * Paints the model area {@code model} at {@code zoom} into {@code gc} from its top left corner, without grid
	 * or selection (a picture of the map).
	 */
	public void paintModel(GC gc, Rect model, double zoom) {
		Viewport picture = new Viewport();
		picture.zoomAt(zoom, 0, 0);
		picture.setOrigin(model.x(), model.y());
		paintFigures(gc, picture, 0, 0, (int) Math.ceil(model.width() * zoom), (int) Math.ceil(model.height() * zoom), false);
	}

	private void paintFigures(GC gc, Viewport view, int x, int y, int width, int height, boolean grid) {
		gc.setBackground(context.color(BACKGROUND));
		gc.fillRectangle(x, y, width, height);
		gc.setAdvanced(true);
		context.setZoom(view.zoom());
		// the overview draws thousands of small boxes: without antialiasing that is several times faster
		gc.setAntialias(context.detailed() ? SWT.ON : SWT.OFF);
		gc.setTextAntialias(SWT.ON);
		Rect modelClip = view.toModel(new Rect(x, y, width, height)).expand(2);
		if (grid) {
			paintGrid(gc, x, y, width, height);
		}
		List<Figure> figures = scene.inArea(modelClip);
		Transform transform = new Transform(getDisplay());
		try {
			transform.scale((float) view.zoom(), (float) view.zoom());
			transform.translate((float) -view.originX(), (float) -view.originY());
			gc.setTransform(transform);
			if (context.detailed()) {
				for (Figure figure : figures) {
					figure.paint(gc, context);
				}
			} else {
				// containers first (they paint themselves), then all lines and boxes in a few batched calls
				Batch batch = new Batch(gc, context);
				for (Figure figure : figures) {
					if (!figure.addTo(batch)) {
						figure.paint(gc, context);
					}
				}
				batch.flush();
			}
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
		gc.setAntialias(SWT.ON);
		if (!context.detailed()) {
			for (Figure figure : figures) {
				figure.paintScreenLabel(gc, view.toScreen(figure.bounds()), context);
			}
		}
		context.setZoom(viewport.zoom());
	}

	private void paintGrid(GC gc, int x, int y, int width, int height) {
		double step = 50 * viewport.zoom();
		if (step < 12) {
			return;
		}
		gc.setForeground(context.color(GRID));
		double firstX = viewport.toScreenX(Math.floor(viewport.toModelX(x) / 50) * 50);
		for (double sx = firstX; sx <= x + width; sx += step) {
			gc.drawLine((int) sx, y, (int) sx, y + height);
		}
		double firstY = viewport.toScreenY(Math.floor(viewport.toModelY(y) / 50) * 50);
		for (double sy = firstY; sy <= y + height; sy += step) {
			gc.drawLine(x, (int) sy, x + width, (int) sy);
		}
	}

	private void paintSelection(GC gc) {
		gc.setForeground(context.color(SELECTION));
		gc.setBackground(context.color(255, 255, 255));
		boolean single = selection.size() == 1;
		for (Figure figure : selection) {
			if (figure instanceof ConnectionFigure connection) {
				double[] points = connection.points();
				int[] screen = toScreen(points);
				gc.setAlpha(110);
				gc.setLineWidth(6);
				gc.drawPolyline(screen);
				gc.setAlpha(255);
				gc.setLineWidth(1);
				if (single && screen.length >= 4) {
					paintHandle(gc, screen[0], screen[1]);
					paintHandle(gc, screen[screen.length - 2], screen[screen.length - 1]);
					paintBendHandles(gc, screen, activeBendPoint());
				}
				continue;
			}
			Rect r = viewport.toScreen(figure.bounds());
			gc.setLineWidth(2);
			gc.drawRectangle((int) r.x() - 2, (int) r.y() - 2, (int) r.width() + 4, (int) r.height() + 4);
			gc.setLineWidth(1);
			if (single && figure.resizable()) {
				for (int i = 0; i < Handles.COUNT; i++) {
					double[] c = Handles.center(r.expand(2), i);
					paintHandle(gc, (int) c[0], (int) c[1]);
				}
			}
			if (single && figure.connectable()) {
				int cx = (int) (r.right() + CONNECT_HANDLE_OFFSET);
				int cy = (int) r.centerY();
				gc.setBackground(context.color(SELECTION));
				gc.fillOval(cx - 6, cy - 6, 12, 12);
				gc.setForeground(context.color(255, 255, 255));
				gc.drawLine(cx - 3, cy, cx + 3, cy);
				gc.drawLine(cx, cy - 3, cx, cy + 3);
				gc.setForeground(context.color(SELECTION));
				gc.setBackground(context.color(255, 255, 255));
			}
		}
	}

	/**
	 * The bend points of the selected line as round handles (the keyboard's one filled) and a small handle in the
	 * middle of each segment: dragging it adds a bend point there.
	 */
	private void paintBendHandles(GC gc, int[] screen, int active) {
		for (int i = 2; i + 3 < screen.length; i += 2) {
			boolean isActive = (i - 2) / 2 == active;
			gc.setBackground(context.color(isActive ? SELECTION : WHITE));
			gc.fillOval(screen[i] - HANDLE - 1, screen[i + 1] - HANDLE - 1, 2 * HANDLE + 2, 2 * HANDLE + 2);
			gc.drawOval(screen[i] - HANDLE - 1, screen[i + 1] - HANDLE - 1, 2 * HANDLE + 2, 2 * HANDLE + 2);
		}
		gc.setBackground(context.color(WHITE));
		for (int i = 0; i + 3 < screen.length; i += 2) {
			int mx = (screen[i] + screen[i + 2]) / 2, my = (screen[i + 1] + screen[i + 3]) / 2;
			if (Math.abs(screen[i] - screen[i + 2]) + Math.abs(screen[i + 1] - screen[i + 3]) > 4 * HANDLE) {
				gc.fillOval(mx - 3, my - 3, 6, 6);
				gc.drawOval(mx - 3, my - 3, 6, 6);
			}
		}
	}

	private void paintHandle(GC gc, int x, int y) {
		gc.fillRectangle(x - HANDLE, y - HANDLE, 2 * HANDLE, 2 * HANDLE);
		gc.drawRectangle(x - HANDLE, y - HANDLE, 2 * HANDLE, 2 * HANDLE);
	}

	private void paintFeedback(GC gc) {
		gc.setForeground(context.color(SELECTION));
		switch (gesture) {
		case MOVE -> {
			double dx = snappedDx(), dy = snappedDy();
			gc.setLineStyle(SWT.LINE_DASH);
			for (Figure figure : movableSelection()) {
				Rect r = viewport.toScreen(figure.bounds().translate(dx, dy));
				gc.drawRoundRectangle((int) r.x(), (int) r.y(), (int) r.width(), (int) r.height(), 8, 8);
			}
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		case RESIZE -> {
			Rect r = viewport.toScreen(resizedBounds());
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawRectangle((int) r.x(), (int) r.y(), (int) r.width(), (int) r.height());
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		case RUBBER -> {
			Rect r = Rect.spanning(pressX, pressY, currentX, currentY);
			gc.setBackground(context.color(SELECTION));
			gc.setAlpha(40);
			gc.fillRectangle((int) r.x(), (int) r.y(), (int) r.width(), (int) r.height());
			gc.setAlpha(255);
			gc.drawRectangle((int) r.x(), (int) r.y(), (int) r.width(), (int) r.height());
		}
		case BEND -> {
			gc.setLineWidth(2);
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawPolyline(toScreen(draggedRoute()));
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.setLineWidth(1);
		}
		case CONNECT, RECONNECT -> {
			gc.setLineWidth(2);
			gc.setLineStyle(SWT.LINE_DASH);
			int[] from = connectFrom();
			gc.drawLine(from[0], from[1], currentX, currentY);
			gc.setLineStyle(SWT.LINE_SOLID);
			Figure target = connectTarget();
			if (target != null) {
				Rect r = viewport.toScreen(target.bounds()).expand(4);
				gc.drawRoundRectangle((int) r.x(), (int) r.y(), (int) r.width(), (int) r.height(), 10, 10);
			}
			gc.setLineWidth(1);
		}
		default -> {
		}
		}
	}

	private int[] toScreen(double[] points) {
		int[] result = new int[points.length];
		for (int i = 0; i + 1 < points.length; i += 2) {
			result[i] = (int) Math.round(viewport.toScreenX(points[i]));
			result[i + 1] = (int) Math.round(viewport.toScreenY(points[i + 1]));
		}
		return result;
	}

	private void repaintSelection() {
		for (Figure figure : selection) {
			damaged(figure.damageBounds());
		}
	}

	/** Repaints the area the current drag feedback covers, and the area it covered before. */
	private void repaintFeedback() {
		Rect now = feedbackArea();
		if (lastFeedback != null) {
			redrawScreen(lastFeedback);
		}
		if (now != null) {
			redrawScreen(now);
		}
		lastFeedback = now;
	}

	private void redrawScreen(Rect r) {
		Rect e = r.expand(8);
		redraw((int) e.x(), (int) e.y(), (int) Math.ceil(e.width()) + 1, (int) Math.ceil(e.height()) + 1, false);
	}

	private Rect feedbackArea() {
		return switch (gesture) {
		case MOVE -> {
			Rect all = null;
			for (Figure f : movableSelection()) {
				Rect r = viewport.toScreen(f.bounds().translate(snappedDx(), snappedDy()));
				all = all == null ? r : all.union(r);
			}
			yield all;
		}
		case RESIZE -> viewport.toScreen(resizedBounds());
		case RUBBER -> Rect.spanning(pressX, pressY, currentX, currentY);
		case BEND -> viewport.toScreen(Geometry.bounds(draggedRoute()));
		case CONNECT, RECONNECT -> {
			int[] from = connectFrom();
			Rect line = Rect.spanning(from[0], from[1], currentX, currentY);
			Figure target = connectTarget();
			yield target == null ? line : line.union(viewport.toScreen(target.bounds()).expand(6));
		}
		default -> null;
		};
	}

	// ---- mouse ----

	private double modelX(int screenX) {
		return viewport.toModelX(screenX);
	}

	private double modelY(int screenY) {
		return viewport.toModelY(screenY);
	}

	private double tolerance() {
		return 4 / viewport.zoom();
	}

	private void mouseDown(Event e) {
		setFocus();
		pressX = currentX = e.x;
		pressY = currentY = e.y;
		pressMask = e.stateMask;
		if (e.button == 2 || (e.button == 1 && (e.stateMask & SWT.ALT) != 0)) {
			gesture = Gesture.PAN;
			return;
		}
		if (e.button != 1) {
			Figure hit = scene.hit(modelX(e.x), modelY(e.y), tolerance());
			if (hit != null && !selection.contains(hit)) {
				select(List.of(hit));
			}
			return;
		}
		double mx = modelX(e.x), my = modelY(e.y);
		if (armedTool != null) {
			Object tool = armedTool;
			armTool(null);
			ContainerFigure container = scene.containerAt(mx, my, List.of());
			listeners.forEach(l -> l.createRequested(tool, Geometry.snap(mx, grid), Geometry.snap(my, grid), container));
			return;
		}
		if (grabHandle(e.x, e.y)) {
			return;
		}
		pressed = scene.hit(mx, my, tolerance());
		gesture = Gesture.PRESSED;
		boolean toggle = (e.stateMask & (SWT.SHIFT | SWT.MOD1)) != 0;
		boolean containerBody = pressed instanceof ContainerFigure c && !c.onTitle(mx, my);
		if (pressed == null) {
			if (!toggle) {
				select(List.of());
			}
		} else if (!containerBody) {
			if (toggle) {
				List<Figure> next = selection();
				if (!next.remove(pressed)) {
					next.add(pressed);
				}
				select(next);
			} else if (!selection.contains(pressed)) {
				select(List.of(pressed));
			}
		}
	}

	/** Starts a resize, connect or reconnect when (x, y) is on a handle of the single selected figure. */
	private boolean grabHandle(int x, int y) {
		if (selection.size() != 1) {
			return false;
		}
		Figure figure = primary();
		if (figure instanceof ConnectionFigure connection) {
			int[] screen = toScreen(connection.points());
			if (screen.length >= 4) {
				if (Math.abs(screen[0] - x) <= HANDLE + 1 && Math.abs(screen[1] - y) <= HANDLE + 1) {
					return startReconnect(connection, true);
				}
				if (Math.abs(screen[screen.length - 2] - x) <= HANDLE + 1 && Math.abs(screen[screen.length - 1] - y) <= HANDLE + 1) {
					return startReconnect(connection, false);
				}
				int bend = bendHandleAt(screen, x, y);
				if (bend >= 0) {
					return startBend(connection, bend, false);
				}
				for (int i = 0; i + 3 < screen.length; i += 2) {
					int mx = (screen[i] + screen[i + 2]) / 2, my = (screen[i + 1] + screen[i + 3]) / 2;
					if (Math.abs(mx - x) <= HANDLE && Math.abs(my - y) <= HANDLE) {
						return startBend(connection, i / 2, true);
					}
				}
			}
			return false;
		}
		Rect r = viewport.toScreen(figure.bounds());
		if (figure.connectable() && Math.hypot(x - (r.right() + CONNECT_HANDLE_OFFSET), y - r.centerY()) <= 7) {
			pressed = figure;
			gesture = Gesture.CONNECT;
			return true;
		}
		if (figure.resizable()) {
			int index = Handles.at(r.expand(2), x, y, HANDLE + 1);
			if (index >= 0) {
				pressed = figure;
				handle = index;
				gesture = Gesture.RESIZE;
				return true;
			}
		}
		return false;
	}

	/** The index of the bend point whose handle is at screen point (x, y), or -1. */
	private static int bendHandleAt(int[] screen, int x, int y) {
		for (int i = 2; i + 3 < screen.length; i += 2) {
			if (Math.abs(screen[i] - x) <= HANDLE + 2 && Math.abs(screen[i + 1] - y) <= HANDLE + 2) {
				return (i - 2) / 2;
			}
		}
		return -1;
	}

	private boolean startBend(ConnectionFigure connection, int index, boolean insert) {
		pressed = connection;
		bendIndex = index;
		bendInserted = insert;
		gesture = Gesture.BEND;
		return true;
	}

	/** The bend points of the dragged line with the dragged one where the pointer is (snapped to the grid). */
	private List<double[]> draggedBends() {
		ConnectionFigure connection = (ConnectionFigure) pressed;
		List<double[]> bends = new ArrayList<>(connection.bendPoints());
		double[] point = { Geometry.snap(modelX(currentX), grid), Geometry.snap(modelY(currentY), grid) };
		if (bendInserted) {
			bends.add(Math.min(bendIndex, bends.size()), point);
		} else if (bendIndex < bends.size()) {
			bends.set(bendIndex, point);
		}
		return bends;
	}

	/** The route of the dragged line (model points flattened), as the feedback draws it. */
	private double[] draggedRoute() {
		ConnectionFigure connection = (ConnectionFigure) pressed;
		double[] route = connection.points();
		List<double[]> all = new ArrayList<>();
		all.add(new double[] { route[0], route[1] });
		all.addAll(draggedBends());
		all.add(new double[] { route[route.length - 2], route[route.length - 1] });
		return Geometry.flatten(all);
	}

	private boolean startReconnect(ConnectionFigure connection, boolean sourceEnd) {
		pressed = connection;
		reconnectSource = sourceEnd;
		gesture = Gesture.RECONNECT;
		return true;
	}

	private void mouseMove(Event e) {
		int oldX = currentX, oldY = currentY;
		currentX = e.x;
		currentY = e.y;
		switch (gesture) {
		case NONE -> hover(e.x, e.y);
		case PAN -> {
			viewport.panBy(oldX - e.x, oldY - e.y);
			viewportChanged();
		}
		case PRESSED -> {
			if (Math.abs(e.x - pressX) > DRAG_THRESHOLD || Math.abs(e.y - pressY) > DRAG_THRESHOLD) {
				boolean containerBody = pressed instanceof ContainerFigure c && !c.onTitle(modelX(pressX), modelY(pressY));
				if (pressed == null || containerBody || !pressed.movable()) {
					gesture = Gesture.RUBBER;
				} else {
					gesture = Gesture.MOVE;
				}
				repaintFeedback();
			}
		}
		default -> repaintFeedback();
		}
	}

	private void hover(int x, int y) {
		Figure hit = scene.hit(modelX(x), modelY(y), tolerance());
		String tip = hit == null ? null : hit.tooltip();
		if (hit != null && hit.badge() != null && hit.badge().tooltip() != null) {
			tip = (tip == null ? "" : tip + "\n\n") + hit.badge().tooltip(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (tip == null ? getToolTipText() != null : !tip.equals(getToolTipText())) {
			setToolTipText(tip);
		}
		if (armedTool != null) {
			return;
		}
		Cursor cursor = null;
		if (selection.size() == 1 && !(primary() instanceof ConnectionFigure)) {
			Figure figure = primary();
			Rect r = viewport.toScreen(figure.bounds());
			int index = figure.resizable() ? Handles.at(r.expand(2), x, y, HANDLE + 1) : -1;
			if (index >= 0) {
				int[] cursors = { SWT.CURSOR_SIZENW, SWT.CURSOR_SIZEN, SWT.CURSOR_SIZENE, SWT.CURSOR_SIZEE, SWT.CURSOR_SIZESE,
						SWT.CURSOR_SIZES, SWT.CURSOR_SIZESW, SWT.CURSOR_SIZEW };
				cursor = getDisplay().getSystemCursor(cursors[index]);
			} else if (figure.connectable() && Math.hypot(x - (r.right() + CONNECT_HANDLE_OFFSET), y - r.centerY()) <= 7) {
				cursor = getDisplay().getSystemCursor(SWT.CURSOR_CROSS);
			}
		}
		if (getCursor() != cursor) {
			setCursor(cursor);
		}
	}

	private void mouseUp(Event e) {
		currentX = e.x;
		currentY = e.y;
		Gesture finished = gesture;
		gesture = Gesture.NONE;
		repaintFeedback();
		switch (finished) {
		case PRESSED -> {
			if (pressed instanceof ContainerFigure && !selection.contains(pressed)) {
				boolean toggle = (pressMask & (SWT.SHIFT | SWT.MOD1)) != 0;
				List<Figure> next = toggle ? selection() : new ArrayList<>();
				next.add(pressed);
				select(next);
			} else if (pressed != null && (pressMask & (SWT.SHIFT | SWT.MOD1)) == 0 && selection.size() > 1) {
				select(List.of(pressed));
			}
		}
		case MOVE -> finishMove();
		case RESIZE -> {
			Rect bounds = resizedBounds();
			if (!bounds.equals(pressed.bounds())) {
				Figure figure = pressed;
				listeners.forEach(l -> l.resizeRequested(figure, bounds));
			}
		}
		case RUBBER -> {
			Rect area = viewport.toModel(Rect.spanning(pressX, pressY, currentX, currentY));
			List<Figure> next = (pressMask & (SWT.SHIFT | SWT.MOD1)) != 0 ? selection() : new ArrayList<>();
			for (Figure figure : scene.inArea(area)) {
				if (area.contains(figure.bounds()) && !next.contains(figure)) {
					next.add(figure);
				}
			}
			select(next);
		}
		case BEND -> {
			ConnectionFigure connection = (ConnectionFigure) pressed;
			boolean moved = Math.abs(currentX - pressX) > DRAG_THRESHOLD || Math.abs(currentY - pressY) > DRAG_THRESHOLD;
			if (moved) {
				List<double[]> bends = draggedBends();
				CanvasListener.BendEdit edit = bendInserted ? CanvasListener.BendEdit.ADD : CanvasListener.BendEdit.MOVE;
				activeBend = bendIndex;
				listeners.forEach(l -> l.bendPointsRequested(connection, bends, edit));
			} else if (!bendInserted) {
				setActiveBendPoint(bendIndex); // a click on a bend point picks it for the keyboard
			}
			bendIndex = -1;
		}
		case CONNECT -> {
			Figure target = connectTarget();
			if (target != null) {
				Figure source = pressed;
				listeners.forEach(l -> l.connectRequested(source, target));
			}
		}
		case RECONNECT -> {
			Figure target = connectTarget();
			ConnectionFigure connection = (ConnectionFigure) pressed;
			Figure oldEnd = reconnectSource ? connection.source() : connection.target();
			if (target != null && target != oldEnd) {
				boolean sourceEnd = reconnectSource;
				listeners.forEach(l -> l.reconnectRequested(connection, sourceEnd, target));
			}
		}
		default -> {
		}
		}
		pressed = null;
		handle = -1;
	}

	private void finishMove() {
		double dx = snappedDx(), dy = snappedDy();
		List<Figure> moved = movableSelection();
		if (moved.isEmpty()) {
			return;
		}
		ContainerFigure dropTarget = scene.containerAt(modelX(currentX), modelY(currentY), moved);
		if (dx != 0 || dy != 0 || dropTarget != pressed.parent()) {
			listeners.forEach(l -> l.moveRequested(moved, dx, dy, true, dropTarget));
		}
	}

	/** The selected figures that move, without those inside another selected container (they move along). */
	private List<Figure> movableSelection() {
		List<Figure> result = new ArrayList<>();
		for (Figure figure : selection) {
			if (figure.movable() && selection.stream().noneMatch(o -> o != figure && o.containsFigure(figure))) {
				result.add(figure);
			}
		}
		return result;
	}

	/** The drag distance in model units, snapped so the pressed figure lands on the grid. */
	private double snappedDx() {
		double raw = (currentX - pressX) / viewport.zoom();
		if (pressed == null) {
			return raw;
		}
		return Geometry.snap(pressed.bounds().x() + raw, grid) - pressed.bounds().x();
	}

	private double snappedDy() {
		double raw = (currentY - pressY) / viewport.zoom();
		if (pressed == null) {
			return raw;
		}
		return Geometry.snap(pressed.bounds().y() + raw, grid) - pressed.bounds().y();
	}

	private Rect resizedBounds() {
		double dx = (currentX - pressX) / viewport.zoom();
		double dy = (currentY - pressY) / viewport.zoom();
		Rect r = Handles.resize(pressed.bounds(), handle, dx, dy);
		double x = Geometry.snap(r.x(), grid), y = Geometry.snap(r.y(), grid);
		double right = Geometry.snap(r.right(), grid), bottom = Geometry.snap(r.bottom(), grid);
		if (right - x < Handles.MIN_WIDTH || bottom - y < Handles.MIN_HEIGHT) {
			return r;
		}
		return new Rect(x, y, right - x, bottom - y);
	}

	private int[] connectFrom() {
		if (gesture == Gesture.RECONNECT && pressed instanceof ConnectionFigure connection) {
			Figure fixed = reconnectSource ? connection.target() : connection.source();
			Rect r = viewport.toScreen(fixed.bounds());
			return new int[] { (int) r.centerX(), (int) r.centerY() };
		}
		Rect r = viewport.toScreen(pressed.bounds());
		return new int[] { (int) (r.right() + CONNECT_HANDLE_OFFSET), (int) r.centerY() };
	}

	/** The connectable figure under the pointer that a connect or reconnect would end at, or {@code null}. */
	private Figure connectTarget() {
		Figure hit = scene.hit(modelX(currentX), modelY(currentY), tolerance());
		if (hit == null || !hit.connectable()) {
			return null;
		}
		if (gesture == Gesture.CONNECT && hit == pressed) {
			return null;
		}
		if (pressed instanceof ConnectionFigure connection) {
			Figure fixed = reconnectSource ? connection.target() : connection.source();
			if (hit == fixed) {
				return null;
			}
		}
		return hit;
	}

	private void doubleClick(Event e) {
		ConnectionFigure line = singleConnection();
		int bend = line == null ? -1 : bendHandleAt(toScreen(line.points()), e.x, e.y);
		if (bend >= 0) {
			removeBend(line, bend);
			return;
		}
		Figure hit = scene.hit(modelX(e.x), modelY(e.y), tolerance());
		if (hit != null) {
			listeners.forEach(l -> l.openRequested(hit));
		}
	}

	private void removeBend(ConnectionFigure connection, int index) {
		List<double[]> bends = new ArrayList<>(connection.bendPoints());
		if (index < 0 || index >= bends.size()) {
			return;
		}
		bends.remove(index);
		activeBend = bends.isEmpty() ? -1 : Math.min(index, bends.size() - 1);
		listeners.forEach(l -> l.bendPointsRequested(connection, bends, CanvasListener.BendEdit.REMOVE));
	}

	/** Adds a bend point in the middle of the line's longest segment and makes it the keyboard's. */
	private void addBendByKeyboard(ConnectionFigure connection) {
		double[] p = connection.points();
		int longest = -1;
		double length = -1;
		for (int i = 0; i + 3 < p.length; i += 2) {
			double l = Math.hypot(p[i + 2] - p[i], p[i + 3] - p[i + 1]);
			if (l > length) {
				length = l;
				longest = i / 2;
			}
		}
		if (longest < 0) {
			return;
		}
		int i = 2 * longest;
		double[] point = { Geometry.snap((p[i] + p[i + 2]) / 2, grid), Geometry.snap((p[i + 1] + p[i + 3]) / 2, grid) };
		List<double[]> bends = new ArrayList<>(connection.bendPoints());
		bends.add(longest, point);
		activeBend = longest;
		listeners.forEach(l -> l.bendPointsRequested(connection, bends, CanvasListener.BendEdit.ADD));
	}

	private void moveBendByKeyboard(ConnectionFigure connection, int index, double dx, double dy) {
		List<double[]> bends = new ArrayList<>(connection.bendPoints());
		double[] old = bends.get(index);
		bends.set(index, new double[] { old[0] + dx, old[1] + dy });
		listeners.forEach(l -> l.bendPointsRequested(connection, bends, CanvasListener.BendEdit.MOVE));
	}

	private void wheel(Event e) {
		e.doit = false;
		if ((e.stateMask & SWT.MOD1) != 0) {
			viewport.zoomAt(viewport.zoom() * Math.pow(1.15, Math.signum(e.count)), e.x, e.y);
		} else if ((e.stateMask & SWT.SHIFT) != 0 || e.type == SWT.MouseHorizontalWheel) {
			viewport.panBy(-e.count * 20, 0);
		} else {
			viewport.panBy(0, -e.count * 20);
		}
		viewportChanged();
	}

	// ---- keyboard ----

	private void traverse(Event e) {
		switch (e.detail) {
		case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS -> {
			if ((e.stateMask & SWT.MOD1) == 0 && scene.size() > 0) {
				e.doit = false;
				cycle(e.detail == SWT.TRAVERSE_TAB_NEXT);
			}
		}
		case SWT.TRAVERSE_ARROW_NEXT, SWT.TRAVERSE_ARROW_PREVIOUS, SWT.TRAVERSE_RETURN, SWT.TRAVERSE_ESCAPE -> e.doit = false;
		default -> {
		}
		}
	}

	private void keyDown(Event e) {
		boolean arrowKey = e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_UP
				|| e.keyCode == SWT.ARROW_DOWN;
		if (arrowKey && (e.stateMask & SWT.MOD1) != 0) {
			return; // Ctrl+arrows belong to the owner of the canvas (align)
		}
		boolean shift = (e.stateMask & SWT.SHIFT) != 0;
		boolean alt = (e.stateMask & SWT.ALT) != 0;
		double step = shift ? 1 : grid > 0 ? grid : 10;
		switch (e.keyCode) {
		case SWT.ARROW_LEFT -> arrow(-step, 0, alt);
		case SWT.ARROW_RIGHT -> arrow(step, 0, alt);
		case SWT.ARROW_UP -> arrow(0, -step, alt);
		case SWT.ARROW_DOWN -> arrow(0, step, alt);
		case SWT.INSERT -> {
			if (singleConnection() != null) {
				addBendByKeyboard(singleConnection());
			}
		}
		case SWT.PAGE_UP, SWT.PAGE_DOWN -> {
			ConnectionFigure line = singleConnection();
			if (line != null && !line.bendPoints().isEmpty()) {
				int count = line.bendPoints().size();
				int current = activeBendPoint();
				setActiveBendPoint(current < 0 ? (e.keyCode == SWT.PAGE_DOWN ? 0 : count - 1)
						: Math.floorMod(current + (e.keyCode == SWT.PAGE_DOWN ? 1 : -1), count));
			}
		}
		case SWT.DEL, SWT.BS -> {
			if (activeBendPoint() >= 0) {
				removeBend(singleConnection(), activeBendPoint());
			} else if (!selection.isEmpty()) {
				List<Figure> doomed = selection();
				listeners.forEach(l -> l.deleteRequested(doomed));
			}
		}
		case SWT.KEYPAD_ADD -> zoomBy(1.25);
		case SWT.KEYPAD_SUBTRACT -> zoomBy(0.8);
		case SWT.CR, SWT.KEYPAD_CR -> {
			Figure primary = primary();
			if (primary != null) {
				listeners.forEach(l -> l.openRequested(primary));
			}
		}
		case SWT.ESC -> {
			if (armedTool != null) {
				armTool(null);
			} else if (activeBendPoint() >= 0) {
				setActiveBendPoint(-1);
			} else if (gesture != Gesture.NONE) {
				gesture = Gesture.NONE;
				repaintFeedback();
			} else {
				select(List.of());
			}
		}
		default -> character(e);
		}
	}

	private void character(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			if (e.keyCode == 'a') {
				select(scene.figures().stream().filter(f -> !(f instanceof ConnectionFigure)).toList());
			} else if (e.keyCode == '0') {
				fit();
			}
			return;
		}
		switch (e.character) {
		case 'b', 'B' -> {
			if (singleConnection() != null) {
				addBendByKeyboard(singleConnection());
			}
		}
		case '+', '=' -> zoomBy(1.25);
		case '-' -> zoomBy(0.8);
		case '0' -> fit();
		case '1' -> setZoom(1);
		default -> {
		}
		}
	}

	private void arrow(double dx, double dy, boolean resize) {
		if (activeBendPoint() >= 0) {
			moveBendByKeyboard(singleConnection(), activeBendPoint(), dx, dy);
			return;
		}
		if (selection.isEmpty()) {
			viewport.panBy(dx * 4 * viewport.zoom(), dy * 4 * viewport.zoom());
			viewportChanged();
			return;
		}
		if (resize) {
			Figure primary = primary();
			if (primary.resizable()) {
				Rect b = primary.bounds();
				Rect resized = new Rect(b.x(), b.y(), Math.max(Handles.MIN_WIDTH, b.width() + dx),
						Math.max(Handles.MIN_HEIGHT, b.height() + dy));
				listeners.forEach(l -> l.resizeRequested(primary, resized));
			}
			return;
		}
		List<Figure> moved = movableSelection();
		if (!moved.isEmpty()) {
			listeners.forEach(l -> l.moveRequested(moved, dx, dy, false, null));
		}
	}

	/** Selects the next (or previous) figure in reading order: zones and devices top to bottom, then links. */
	private void cycle(boolean forward) {
		List<Figure> order = scene.figures();
		order.sort(Comparator.<Figure>comparingInt(f -> f instanceof ConnectionFigure ? 1 : 0)
				.thenComparingDouble(f -> Math.round(f.bounds().y() / 20))
				.thenComparingDouble(f -> f.bounds().x()));
		if (order.isEmpty()) {
			return;
		}
		int index = order.indexOf(primary());
		int next = index < 0 ? (forward ? 0 : order.size() - 1) : Math.floorMod(index + (forward ? 1 : -1), order.size());
		Figure figure = order.get(next);
		select(List.of(figure));
		reveal(figure);
	}

	private void fireSelection() {
		List<Figure> current = selection();
		getAccessible().selectionChanged();
		listeners.forEach(l -> l.selectionChanged(current));
	}
}
