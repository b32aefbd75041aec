package io.sekisho.netmap.ui.canvas;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The whole scene in small with the visible part of a {@link DiagramCanvas} as a frame; clicking or dragging
 * moves the view there. Repaints at most once per event-loop turn however many figures changed.
 */
public class Minimap extends Canvas {

	private final DiagramCanvas canvas;
	private final Runnable viewportListener = this::scheduleRedraw;
	private final Consumer<Rect> damageListener = area -> scheduleRedraw();
	private boolean redrawScheduled;
	private boolean dragging;
	private double scale = 1;
	private Rect content;

	public Minimap(Composite parent, DiagramCanvas canvas) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		this.canvas = canvas;
		canvas.addViewportListener(viewportListener);
		canvas.scene().addDamageListener(damageListener);
		addListener(SWT.Paint, e -> paint(e.gc));
		addListener(SWT.MouseDown, e -> {
			dragging = true;
			moveTo(e);
		});
		addListener(SWT.MouseMove, e -> {
			if (dragging) {
				moveTo(e);
			}
		});
		addListener(SWT.MouseUp, e -> dragging = false);
		addListener(SWT.Resize, e -> redraw());
		addListener(SWT.Dispose, e -> {
			if (!canvas.isDisposed()) {
				canvas.removeViewportListener(viewportListener);
			}
			canvas.scene().removeDamageListener(damageListener);
		});
	}

	private void scheduleRedraw() {
		if (redrawScheduled || isDisposed()) {
			return;
		}
		redrawScheduled = true;
		getDisplay().asyncExec(() -> {
			redrawScheduled = false;
			if (!isDisposed()) {
				redraw();
			}
		});
	}

	private void moveTo(Event e) {
		if (content == null || scale <= 0) {
			return;
		}
		canvas.centerOn(content.x() + (e.x - 4) / scale, content.y() + (e.y - 4) / scale);
	}

	private void paint(GC gc) {
		Point size = getSize();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(0, 0, size.x, size.y);
		Rect extent = canvas.scene().extent();
		Rect visible = canvas.visibleModelArea();
		content = extent == null ? visible : extent.union(visible);
		scale = Math.min((size.x - 8) / Math.max(1, content.width()), (size.y - 8) / Math.max(1, content.height()));
		for (Figure figure : canvas.scene().inArea(content)) {
			Rect r = figure.bounds();
			int x = (int) (4 + (r.x() - content.x()) * scale);
			int y = (int) (4 + (r.y() - content.y()) * scale);
			int w = Math.max(1, (int) (r.width() * scale));
			int h = Math.max(1, (int) (r.height() * scale));
			if (figure instanceof ContainerFigure) {
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
				gc.drawRectangle(x, y, w, h);
			} else if (figure instanceof NodeFigure) {
				gc.setBackground(getDisplay().getSystemColor(figure.badge() != null ? SWT.COLOR_RED : SWT.COLOR_DARK_GRAY));
				gc.fillRectangle(x, y, w, h);
			}
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLUE));
		gc.setLineWidth(2);
		gc.drawRectangle((int) (4 + (visible.x() - content.x()) * scale), (int) (4 + (visible.y() - content.y()) * scale),
				(int) (visible.width() * scale), (int) (visible.height() * scale));
	}
}
