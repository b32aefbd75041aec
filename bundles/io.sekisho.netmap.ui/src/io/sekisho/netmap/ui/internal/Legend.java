package io.sekisho.netmap.ui.internal;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import io.sekisho.netmap.ui.canvas.Glyph;

/** The legend under the palette (line styles of the media, zone colours of the trust levels) and small images. */
final class Legend {

	private static final int SIZE = 20;

	private Legend() {
	}

	static Composite create(Composite parent, List<Image> images) {
		Composite legend = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 2;
		layout.verticalSpacing = 2;
		legend.setLayout(layout);
		Label title = new Label(legend, SWT.NONE);
		title.setText(Messages.Legend_title);
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		line(legend, images, SWT.LINE_SOLID, new RGB(84, 110, 122), 2, Messages.Medium_WIRED);
		line(legend, images, SWT.LINE_DASH, new RGB(21, 101, 192), 2, Messages.Medium_WIRELESS);
		line(legend, images, SWT.LINE_DASHDOT, new RGB(230, 81, 0), 3, Messages.Medium_VPN);
		line(legend, images, SWT.LINE_DOT, new RGB(96, 125, 139), 2, Messages.Medium_OTHER);
		zone(legend, images, new RGB(237, 247, 238), new RGB(46, 125, 50), false, Messages.Legend_trustHigh);
		zone(legend, images, new RGB(235, 244, 253), new RGB(21, 101, 192), false, Messages.Legend_trustMedium);
		zone(legend, images, new RGB(255, 246, 232), new RGB(230, 110, 0), false, Messages.Legend_trustLow);
		zone(legend, images, new RGB(253, 238, 240), new RGB(198, 40, 40), true, Messages.Legend_trustUntrusted);
		Label badge = new Label(legend, SWT.NONE);
		badge.setImage(severityImage(Diagnostic.ERROR, images));
		new Label(legend, SWT.WRAP).setText(Messages.Legend_badge);
		return legend;
	}

	private static void line(Composite parent, List<Image> images, int style, RGB rgb, int width, String text) {
		Image image = blank(36, 14, images);
		GC gc = new GC(image);
		try {
			gc.setAntialias(SWT.ON);
			gc.setForeground(new Color(rgb));
			gc.setLineWidth(width);
			gc.setLineStyle(style);
			gc.drawLine(1, 7, 35, 7);
		} finally {
			gc.dispose();
		}
		new Label(parent, SWT.NONE).setImage(image);
		new Label(parent, SWT.NONE).setText(text);
	}

	private static void zone(Composite parent, List<Image> images, RGB tint, RGB frame, boolean dashed, String text) {
		Image image = blank(36, 16, images);
		GC gc = new GC(image);
		try {
			gc.setAntialias(SWT.ON);
			gc.setBackground(new Color(tint));
			gc.fillRoundRectangle(1, 1, 34, 14, 6, 6);
			gc.setForeground(new Color(frame));
			gc.setLineWidth(2);
			gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
			gc.drawRoundRectangle(1, 1, 34, 14, 6, 6);
		} finally {
			gc.dispose();
		}
		new Label(parent, SWT.NONE).setImage(image);
		new Label(parent, SWT.NONE).setText(text);
	}

	/** A transparent image the caller owns (kept in {@code images}, disposed with the view). */
	private static Image blank(int width, int height, List<Image> images) {
		ImageData data = new ImageData(width, height, 32, new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
		data.alphaData = new byte[width * height];
		Image image = new Image(Display.getCurrent(), data);
		images.add(image);
		return image;
	}

	static Image image(Glyph glyph, List<Image> images) {
		Image image = blank(SIZE, SIZE, images);
		GC gc = new GC(image);
		try {
			gc.setAntialias(SWT.ON);
			glyph.paint(gc, 1, 1, SIZE - 2);
		} finally {
			gc.dispose();
		}
		return image;
	}

	static Image zoneImage(List<Image> images) {
		Image image = blank(SIZE, SIZE, images);
		GC gc = new GC(image);
		try {
			gc.setAntialias(SWT.ON);
			gc.setBackground(new Color(new RGB(235, 244, 253)));
			gc.fillRoundRectangle(1, 3, SIZE - 2, SIZE - 6, 5, 5);
			gc.setForeground(new Color(new RGB(21, 101, 192)));
			gc.setLineWidth(2);
			gc.drawRoundRectangle(1, 3, SIZE - 2, SIZE - 6, 5, 5);
			gc.drawLine(2, 8, SIZE - 2, 8);
		} finally {
			gc.dispose();
		}
		return image;
	}

	static Image severityImage(int severity, List<Image> images) {
		Image image = blank(14, 14, images);
		GC gc = new GC(image);
		try {
			gc.setAntialias(SWT.ON);
			gc.setBackground(new Color(severity >= Diagnostic.ERROR ? new RGB(211, 47, 47)
					: severity >= Diagnostic.WARNING ? new RGB(245, 166, 35) : new RGB(33, 118, 210)));
			gc.fillOval(1, 1, 12, 12);
		} finally {
			gc.dispose();
		}
		return image;
	}
}
