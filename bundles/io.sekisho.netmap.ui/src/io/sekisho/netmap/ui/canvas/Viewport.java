package io.sekisho.netmap.ui.canvas;

/**
 * Zoom and pan: which part of the model a canvas of a given size shows. Screen = (model - origin) * zoom. No SWT,
 * so the arithmetic is tested without a display.
 */
public final class Viewport {

	public static final double MIN_ZOOM = 0.05;
	public static final double MAX_ZOOM = 4;

	private double zoom = 1;
	private double originX;
	private double originY;

	public double zoom() {
		return zoom;
	}

	public double originX() {
		return originX;
	}

	public double originY() {
		return originY;
	}

	public double toScreenX(double modelX) {
		return (modelX - originX) * zoom;
	}

	public double toScreenY(double modelY) {
		return (modelY - originY) * zoom;
	}

	public double toModelX(double screenX) {
		return screenX / zoom + originX;
	}

	public double toModelY(double screenY) {
		return screenY / zoom + originY;
	}

	public Rect toScreen(Rect model) {
		return new Rect(toScreenX(model.x()), toScreenY(model.y()), model.width() * zoom, model.height() * zoom);
	}

	public Rect toModel(Rect screen) {
		return new Rect(toModelX(screen.x()), toModelY(screen.y()), screen.width() / zoom, screen.height() / zoom);
	}

	public void setOrigin(double x, double y) {
		originX = x;
		originY = y;
	}

	/** Pans by a screen distance. */
	public void panBy(double screenDx, double screenDy) {
		originX += screenDx / zoom;
		originY += screenDy / zoom;
	}

	/** Zooms to {@code newZoom} (clamped) keeping the model point under screen point (sx, sy) in place. */
	public void zoomAt(double newZoom, double sx, double sy) {
		double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
		double mx = toModelX(sx);
		double my = toModelY(sy);
		zoom = clamped;
		originX = mx - sx / zoom;
		originY = my - sy / zoom;
	}

	/** Shows all of {@code content} centred in a screen of the given size, with a margin, never above 100 %. */
	public void fit(Rect content, double screenWidth, double screenHeight, double margin) {
		if (content == null || screenWidth <= 2 * margin || screenHeight <= 2 * margin) {
			return;
		}
		double zx = (screenWidth - 2 * margin) / Math.max(1, content.width());
		double zy = (screenHeight - 2 * margin) / Math.max(1, content.height());
		zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min(zx, zy)));
		originX = content.centerX() - screenWidth / 2 / zoom;
		originY = content.centerY() - screenHeight / 2 / zoom;
	}

	/** Centres the screen on the model point (mx, my). */
	public void centerOn(double mx, double my, double screenWidth, double screenHeight) {
		originX = mx - screenWidth / 2 / zoom;
		originY = my - screenHeight / 2 / zoom;
	}
}
