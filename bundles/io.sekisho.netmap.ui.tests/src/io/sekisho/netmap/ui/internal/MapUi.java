package io.sekisho.netmap.ui.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.sekisho.netmap.ui.canvas.DiagramCanvas;
import io.sekisho.netmap.ui.canvas.Rect;

/** Driving the map like a user: mouse and keys sent to the canvas, waits on conditions, screenshots. */
final class MapUi {

	private static final long TIMEOUT_MS = 20_000;

	private MapUi() {
	}

	/** Runs the event loop until {@code condition} holds; fails after a generous timeout. */
	static void waitUntil(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("condition not reached within " + TIMEOUT_MS + " ms"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!display.readAndDispatch()) {
				// wake up again soon even when no event comes (timers, async refreshes)
				display.timerExec(30, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Processes everything pending. */
	static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	static void click(DiagramCanvas canvas, int x, int y, int stateMask) {
		send(canvas, SWT.MouseDown, x, y, 1, stateMask);
		send(canvas, SWT.MouseUp, x, y, 1, stateMask);
		settle();
	}

	static void doubleClick(DiagramCanvas canvas, int x, int y) {
		send(canvas, SWT.MouseDown, x, y, 1, 0);
		send(canvas, SWT.MouseUp, x, y, 1, 0);
		send(canvas, SWT.MouseDoubleClick, x, y, 1, 0);
		settle();
	}

	static void drag(DiagramCanvas canvas, int fromX, int fromY, int toX, int toY) {
		send(canvas, SWT.MouseDown, fromX, fromY, 1, 0);
		int steps = 6;
		for (int i = 1; i <= steps; i++) {
			send(canvas, SWT.MouseMove, fromX + (toX - fromX) * i / steps, fromY + (toY - fromY) * i / steps, 0, SWT.BUTTON1);
		}
		send(canvas, SWT.MouseUp, toX, toY, 1, 0);
		settle();
	}

	private static void send(Control control, int type, int x, int y, int button, int stateMask) {
		Event event = new Event();
		event.x = x;
		event.y = y;
		event.button = button;
		event.stateMask = stateMask;
		event.count = 1;
		control.notifyListeners(type, event);
	}

	static void key(Control control, int keyCode, char character, int stateMask) {
		Event event = new Event();
		event.keyCode = keyCode;
		event.character = character;
		event.stateMask = stateMask;
		control.notifyListeners(SWT.KeyDown, event);
		settle();
	}

	/** The screen point of the model point (x, y) on the canvas. */
	static Point screen(DiagramCanvas canvas, double x, double y) {
		return new Point((int) Math.round(canvas.viewport().toScreenX(x)), (int) Math.round(canvas.viewport().toScreenY(y)));
	}

	static Point center(DiagramCanvas canvas, Rect model) {
		return screen(canvas, model.centerX(), model.centerY());
	}

	/** Selects the palette entry named {@code text} as a click would. */
	static void choose(Tree palette, String text) {
		for (TreeItem group : palette.getItems()) {
			for (TreeItem item : group.getItems()) {
				if (item.getText().equals(text)) {
					palette.setSelection(item);
					Event event = new Event();
					event.item = item;
					palette.notifyListeners(SWT.Selection, event);
					return;
				}
			}
		}
		fail("no palette entry " + text); //$NON-NLS-1$
	}

	/** Saves what {@code control} shows on screen as PNG under target/screenshots. */
	static Path screenshot(Control control, String name) throws IOException {
		settle();
		Display display = control.getDisplay();
		Rectangle bounds = control.getBounds();
		Point origin = control.getParent() == null ? new Point(bounds.x, bounds.y) : control.getParent().toDisplay(bounds.x, bounds.y);
		if (control instanceof org.eclipse.swt.widgets.Shell) {
			origin = new Point(bounds.x, bounds.y);
		}
		Image image = new Image(display, bounds.width, bounds.height);
		try {
			GC gc = new GC(display);
			try {
				gc.copyArea(image, origin.x, origin.y);
			} finally {
				gc.dispose();
			}
			Path dir = Path.of(System.getProperty("java.io.tmpdir")).resolve("screenshots"); //$NON-NLS-1$ //$NON-NLS-2$
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png"); //$NON-NLS-1$
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}
}
