package io.sekisho.netmap.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import io.sekisho.netmap.ui.canvas.DiagramCanvas;
import io.sekisho.netmap.ui.canvas.Rect;

/** Saves a picture of the whole map as PNG, drawn by the canvas itself (what you see is what you get). */
final class MapExport {

	/** Pictures larger than this many pixels on a side are scaled down to fit. */
	static final int MAX_SIDE = 8000;

	private MapExport() {
	}

	static void exportPng(Shell shell, DiagramCanvas canvas, MapScene scene) {
		Rect extent = canvas.scene().extent();
		if (extent == null) {
			MessageDialog.openInformation(shell, Messages.Export_title, Messages.Export_empty);
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Export_title);
		dialog.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { Messages.Export_pngFilter });
		dialog.setFileName(Messages.Export_defaultName + ".png"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String path = dialog.open();
		if (path == null) {
			return;
		}
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				writePng(canvas, path);
			} catch (RuntimeException e) {
				MessageDialog.openError(shell, Messages.Export_title, NLS.bind(Messages.Export_failed, path, e.getMessage()));
			}
		});
	}

	/** Writes the whole map at 100 % (smaller when it would exceed {@link #MAX_SIDE}) to {@code path}. */
	static void writePng(DiagramCanvas canvas, String path) {
		Rect area = canvas.scene().extent().expand(30);
		double zoom = Math.min(1, MAX_SIDE / Math.max(area.width(), area.height()));
		int width = (int) Math.ceil(area.width() * zoom);
		int height = (int) Math.ceil(area.height() * zoom);
		Image image = new Image(canvas.getDisplay(), width, height);
		try {
			GC gc = new GC(image);
			try {
				canvas.paintModel(gc, area, zoom);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(path, SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}
}
